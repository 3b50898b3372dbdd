"""Writes phys-07-wheel-nuts' notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-07-wheel-nuts/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_phys_07_wheel_nuts.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the tasks or comes from the lab's model
(``curriculum.labs.wheel_nuts``); the module's test pins each one to the model.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import sympy as sp

from curriculum import authoring as a
from curriculum.check import fingerprint, rules
from curriculum.metadata import load_module_meta
from curriculum.units import ureg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "phys-07-wheel-nuts"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import wheel_nuts"""


# -- lesson 1: the moment of a force -------------------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Дөңгелек сомындары, 1-сабақ. Күш моменті: динамометрлік кілт

Құрастыру желісінің дөңгелек бекетінде әр дөңгелек бес сомынмен бекітіледі. Зауыттың сервистік парағында:
«Дөңгелек сомындарын 110 Н·м моментпен тартыңыз». Аз тартылған сомын жолда босап кетеді, ал артық тартылғаны
шпильканы созып, тежегіш дискісін қисайтады. Сомындарды көп шпиндельді сомын бұрағыш тартады, ал бақылаушы
оларды **динамометрлік кілтпен** (torque wrench) тексереді: кілт берілген моментке жеткенде шырт ете түседі.
Парақта неге ньютон емес, ньютон-метр жазылған? Сомынды бұрайтын не — тек қолдың күші ме?""",
            ru="""# Колёсные гайки, урок 1. Момент силы: динамометрический ключ

На колёсном посту сборочной линии каждое колесо крепится пятью гайками. В сервисном листе завода написано:
«Затянуть колёсные гайки моментом 110 Н·м». Недотянутая гайка в дороге откручивается, а перетянутая вытягивает
шпильку и коробит тормозной диск. Гайки затягивает многошпиндельный гайковёрт, а контролёр проверяет их
**динамометрическим ключом** (torque wrench): ключ щёлкает, когда доходит до заданного момента. Почему в листе
написаны не ньютоны, а ньютон-метры? Что поворачивает гайку — только сила руки?""",
            en="""# Wheel nuts, lesson 1. The moment of a force: the torque wrench

At the assembly line's wheel station every wheel is held by five nuts. The plant's service sheet says: "Tighten the
wheel nuts to 110 N·m." A nut too loose works itself off on the road; a nut too tight stretches the stud and warps
the brake disc. A multi-spindle nutrunner runs the nuts down, and an inspector checks them with a **torque
wrench**: the wrench clicks when it reaches the set torque. Why does the sheet give newton-metres, not newtons? What turns the nut: the hand's force alone?"""),
        a.text(
            kk="""## 1. Күш моменті

Сомын өз осінің — **айналу осінің** — айналасында бұрылады. Оны бұратын — тек күш емес, күш пен оның иінінің
көбейтіндісі, яғни **күш моменті** (moment of force):

* **күш иіні** (lever arm) $d$ — айналу осінен күштің әсер ету сызығына дейінгі ең қысқа қашықтық (метрмен);
* күш моменті $M = F \\cdot d$, өлшем бірлігі — ньютон-метр (Н·м).

Қол кілт тұтқасына перпендикуляр басса, иін кілттің ұзындығына тең: $d = L$. Қол қиғаш басса, иін қысқарады;
тұтқаның бойымен басқан күштің иіні нөлге тең, ол сомынды мүлде бұрамайды. Бір моментті әртүрлі жолмен алуға
болады: 0,5 м иінде 220 Н немесе 0,25 м иінде 440 Н — екеуі де 110 Н·м. Бұрандасы оң сомын сағат тілінің бағытымен
бұрағанда тартылады.""",
            ru="""## 1. Момент силы

Гайка поворачивается вокруг своей оси — **оси вращения**. Поворачивает её не сила сама по себе, а произведение
силы на её плечо — **момент силы** (moment of force):

* **плечо силы** (lever arm) $d$ — кратчайшее расстояние от оси вращения до линии действия силы (в метрах);
* момент силы $M = F \\cdot d$, единица — ньютон-метр (Н·м).

Если рука давит перпендикулярно рукоятке ключа, плечо равно длине ключа: $d = L$. Если рука давит наискось,
плечо короче; у силы вдоль рукоятки плечо равно нулю, и она гайку совсем не поворачивает. Один и тот же момент
можно получить по-разному: 220 Н на плече 0,5 м или 440 Н на плече 0,25 м — оба раза 110 Н·м. Гайка с правой
резьбой затягивается по часовой стрелке.""",
            en="""## 1. The moment of a force

A nut turns about its own axis, the **axis of rotation**. What turns it is not the force by itself but the force
times its arm, the **moment of force**:

* the **lever arm** $d$ is the shortest distance from the axis of rotation to the force's line of action (in metres);
* the moment of force is $M = F \\cdot d$, in newton-metres (N·m).

When the hand pushes at right angles to the wrench's handle, the arm equals the wrench's length: $d = L$. A push at
a slant has a shorter arm; a push along the handle has no arm at all and does not turn the nut. The same moment
comes in many ways: 220 N on an arm of 0.5 m or 440 N on an arm of 0.25 m are both 110 N·m. A nut with a
right-hand thread tightens clockwise."""),
        a.formula(r"$$M = F\cdot d,\qquad F = \frac{M}{d},\qquad d = \frac{M}{F}$$"),
        a.example(
            kk="""### 1-мысал

Алдымен бағалаңыз: 0,5 м кілтпен 110 Н·м алу үшін қол шамамен қандай күшпен басуы керек — 2 кг, 20 кг әлде
200 кг жүктің салмағындай ма?

Бақылаушының кілті 0,4 м, қол тұтқаға перпендикуляр басады. 110 Н·м алу үшін $F = M/d = 110/0{,}4 = 275$ Н керек:
бұл шамамен 28 кг жүктің салмағы ($275/9{,}8$). 0,5 м кілтпен $110/0{,}5 = 220$ Н жеткілікті. Келесі ұяшық дәл
осыны pint бірліктерімен және зертхананың моделімен есептейді.""",
            ru="""### Пример 1

Сначала оцените: с какой силой нужно давить на ключ длиной 0,5 м, чтобы получить 110 Н·м, — как вес груза 2 кг,
20 кг или 200 кг?

Ключ контролёра длиной 0,4 м, рука давит перпендикулярно рукоятке. Для 110 Н·м нужна сила
$F = M/d = 110/0{,}4 = 275$ Н: это примерно вес груза 28 кг ($275/9{,}8$). С ключом 0,5 м хватит
$110/0{,}5 = 220$ Н. Следующая ячейка считает то же с единицами pint и моделью лаборатории.""",
            en="""### Example 1

Estimate first: to get 110 N·m on a 0.5 m wrench, is the push about the weight of 2 kg, 20 kg or 200 kg?

The inspector's wrench is 0.4 m long and the hand pushes at right angles to the handle. For 110 N·m it takes
$F = M/d = 110/0.4 = 275$ N: about the weight of 28 kg ($275/9.8$). A 0.5 m wrench needs only $110/0.5 = 220$ N.
The next cell computes the same with pint units and with the lab's model."""),
        a.code("""M = 110 * ureg.newton * ureg.meter
d = 0.4 * ureg.meter
F = (M / d).to("N")
N = pick({"kk": "Н", "ru": "Н", "en": "N"})
kg = pick({"kk": "кг", "ru": "кг", "en": "kg"})
print("F =", round(F.magnitude), N)
print(round(F.magnitude / 9.8), kg)
# [kk] 0,5 м кілт; зертхананың моделі де дәл осы сандарды береді:
# [ru] ключ 0,5 м; модель лаборатории даёт те же числа:
# [en] a 0.5 m wrench; the lab's model gives the same numbers:
print(round((M / (0.5 * ureg.meter)).to("N").magnitude), N)
print(wheel_nuts.force_needed(110, 0.4), wheel_nuts.force_needed(110, 0.5))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана 0,3 м кілттен басталады, қол тұтқаға перпендикуляр 200 Н күшпен басады, кілтте 110 Н·м қойылған.
▶ батырмасын баспас бұрын жауап беріңіз: кілт шырт ете ме? Қол тұтқаға қиғаш, 30° бұрышпен дәл сондай күшпен
басса, момент үлкейе ме, кішірейе ме? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория начинается с ключа 0,3 м, рука давит перпендикулярно рукоятке с силой 200 Н, на ключе установлено
110 Н·м. Прежде чем нажать ▶, ответьте: щёлкнет ли ключ? Если рука давит с той же силой наискось, под углом 30° к
рукоятке, момент станет больше или меньше? Запишите предсказание в тетрадь.""",
            en="""### Predict first

The lab starts with a 0.3 m wrench, the hand pushing at right angles to the handle with 200 N, the wrench set to
110 N·m. Before you press ▶, answer: will the wrench click? If the hand pushes with the same force at a slant,
30° to the handle, does the moment get larger or smaller? Write your prediction down."""),
        a.lab("""lab = wheel_nuts.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. ▶ батырмасын басыңыз: қолдың күші нөлден бастап біртіндеп өседі. Кілт шырт ете ме? Күшті 400 Н-ге қойып,
   ▶ батырмасын қайта басыңыз: кілт қай күште шырт етеді? Бұл күш жұмысшыға рұқсат етілген 250 Н шегінен аса ма?
   (Зауыттың бұл ережесі — ойдан алынған, бірақ шынайы ережеге ұқсас.)
2. Күшті 250 Н-ге қойып, кілттің ұзындығын $L$ біртіндеп арттырыңыз. Оң жақтағы графикте қызыл нүкте жасыл
   қисыққа қай ұзындықта жетеді? Алдымен $d = M/F$ бойынша есептеңіз, сосын тексеріңіз.
3. Күш пен тұтқа арасындағы бұрышты өзгертіңіз. Иін $d$ қай бұрышта ең үлкен? 0° пен 180°-та не болады?
4. Кілтте қойылған моментті 55 Н·м-ге азайтыңыз. Жасыл қисық қалай өзгереді?""",
            ru="""### Исследуйте

1. Нажмите ▶: сила руки растёт от нуля постепенно. Щёлкает ли ключ? Поставьте силу 400 Н и нажмите ▶ снова: при
   какой силе ключ щёлкает? Больше ли она предела 250 Н, разрешённого рабочему? (Это правило завода придумано
   для задачи, но похоже на настоящее.)
2. Поставьте силу 250 Н и постепенно увеличивайте длину ключа $L$. При какой длине красная точка на графике
   справа доходит до зелёной кривой? Сначала вычислите по $d = M/F$, потом проверьте.
3. Меняйте угол между силой и рукояткой. При каком угле плечо $d$ наибольшее? Что происходит при 0° и 180°?
4. Уменьшите установленный на ключе момент до 55 Н·м. Как меняется зелёная кривая?""",
            en="""### Explore

1. Press ▶: the hand's force grows from zero step by step. Does the wrench click? Set the force to 400 N and press
   ▶ again: at which force does it click? Is it above the 250 N a worker is allowed? (This plant rule is made up for
   the task, but it is like a real one.)
2. Set the force to 250 N and lengthen the wrench $L$ step by step. At which length does the red point of the graph
   on the right reach the green curve? Compute it first with $d = M/F$, then check.
3. Change the angle between the force and the handle. At which angle is the arm $d$ largest? What happens at 0° and
   at 180°?
4. Lower the torque set on the wrench to 55 N·m. How does the green curve change?"""),
        a.misconception(
            kk="""### Дұрыс па?

Данияр былай дейді: «Күш — күш қой. 250 Н тұтқаның қай жерінен басса да, сомынды бірдей бұрайды». Келісесіз бе?
Қол 250 Н күшпен сомыннан 0,1 м және 0,5 м қашықтықта перпендикуляр басқанда моменттерді есептеңіз. Төмендегі
ұяшық тексереді.""",
            ru="""### Верно ли?

Данияр говорит: «Сила есть сила. 250 Н поворачивают гайку одинаково, где бы ни давить на рукоятку». Согласны?
Вычислите моменты, когда рука давит с силой 250 Н перпендикулярно рукоятке на расстоянии 0,1 м и 0,5 м от гайки.
Ячейка ниже проверяет.""",
            en="""### Is it true?

Daniyar says: "A force is a force. 250 N turns the nut just as much wherever you push on the handle." Do you agree?
Compute the moments when the hand pushes with 250 N at right angles to the handle 0.1 m and 0.5 m from the nut.
The cell below checks."""),
        a.code("""Nm = pick({"kk": "Н·м", "ru": "Н·м", "en": "N·m"})
for d in (0.1, 0.5):
    print(d, "->", round(wheel_nuts.moment(250, d)), Nm)""", role="misconception"),
        a.misconception(
            kk="""### Тағы бір қате

Ару 45 см кілт үшін былай жазды: $F = 110/45 \\approx 2{,}4$ Н. Бұл күш тым аз емес пе? Қате қайда? Ньютон-метрде
иін метрмен алынады: 45 см = 0,45 м. Төмендегі ұяшықта pint бірліктерді өзі аударады.""",
            ru="""### Ещё одна ошибка

Ару для ключа длиной 45 см написала: $F = 110/45 \\approx 2{,}4$ Н. Не слишком ли мала эта сила? Где ошибка?
В ньютон-метрах плечо берут в метрах: 45 см = 0,45 м. В ячейке ниже pint переводит единицы сам.""",
            en="""### Another mistake

For a wrench 45 cm long, Aru wrote: $F = 110/45 \\approx 2.4$ N. Is that force not far too small? Where is the
mistake? In newton-metres the arm is taken in metres: 45 cm = 0.45 m. In the cell below pint converts the units
itself."""),
        a.code("""force = (110 * ureg.newton * ureg.meter / (45 * ureg.centimeter)).to("N")
print(round(force.magnitude, 1), pick({"kk": "Н", "ru": "Н", "en": "N"}))""", role="misconception"),
        a.summary(
            kk="""## Қорытынды

* Сомын **айналу осі** айналасында бұрылады; оны **күш моменті** $M = F \\cdot d$ бұрайды (Н·м).
* **Күш иіні** $d$ — айналу осінен күштің әсер ету сызығына дейінгі қашықтық; қиғаш басқан күштің иіні қысқа.
* Бір момент үшін иін ұзын болса, күш аз керек: $F = M/d$.
* **Динамометрлік кілт** қойылған моментке жеткенде шырт етеді; әр **дөңгелек сомыны** сервистік парақтағы
  моментпен тартылады.""",
            ru="""## Итоги

* **Ось вращения** гайки проходит через её центр; поворачивает гайку **момент силы** $M = F \\cdot d$ (Н·м).
* **Плечо силы** $d$ — расстояние от оси вращения до линии действия силы; у силы, приложенной наискось, плечо короче.
* Для того же момента на длинном плече нужна меньшая сила: $F = M/d$.
* **Динамометрический ключ** щёлкает, дойдя до установленного момента; каждая **колёсная гайка** затягивается
  моментом из сервисного листа.""",
            en="""## Summary

* A nut turns about its **axis of rotation**; the **moment of force** $M = F \\cdot d$ turns it (N·m).
* The **lever arm** $d$ is the distance from the axis of rotation to the force's line of action; a slanted push has a
  shorter arm.
* For the same moment a longer arm needs a smaller force: $F = M/d$.
* A **torque wrench** clicks when it reaches the set torque; every **wheel nut** is tightened to the torque on the
  service sheet."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Кілт екі есе ұзын болса, сол момент үшін күш ... есе ..., себебі ...».
2. Үйде немесе зауытта тағы қай жерде ұзын тұтқа күшті азайтады?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Если ключ вдвое длиннее, то для того же момента сила в ... раза ..., потому что ...».
2. Где ещё дома или на заводе длинная рукоятка уменьшает нужную силу?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "With a wrench twice as long, the force for the same moment is ... times ..., because ..."
2. Where else, at home or on the plant, does a long handle make the force smaller?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the shortest arm, the breaker bar and the golden rule -------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Дөңгелек сомындары, 2-сабақ. Ең қысқа иін, вороток және механиканың алтын ережесі

Сервистік аймаққа дөңгелегі бар көлік келді: бір сомын тот басып, жабысып қалған. Тәлімгер оны босатуға шамамен
180 Н·м керек деп бағалады. Жас шебердің 0,45 м динамометрлік кілтімен бұл үшін 400 Н керек — 250 Н шегінен
әлдеқайда көп. Оның үстіне зауыттың құрал ережесі бойынша динамометрлік кілт — өлшеу құралы, онымен сомынды
босатпайды. Тәлімгер оған
**күшейтілген вороток** (breaker bar) ұсынады. Вороток неге көмектеседі және бұл үшін не төленеді?""",
            ru="""# Колёсные гайки, урок 2. Самое короткое плечо, вороток и золотое правило механики

В сервисную зону пришла машина с колесом, у которого одна гайка приржавела. Наставник оценил, что открутить её
можно моментом около 180 Н·м. С динамометрическим ключом молодого мастера длиной 0,45 м для этого нужно 400 Н —
намного больше предела 250 Н. К тому же по правилам завода динамометрический ключ — измерительный инструмент,
гайки им не откручивают. Наставник даёт **усиленный вороток** (breaker bar). Почему вороток помогает и чем за это платят?""",
            en="""# Wheel nuts, lesson 2. The shortest arm, the breaker bar and the golden rule of mechanics

A car has come to the service bay with a wheel whose nut has rusted on. The mentor estimates it takes about
180 N·m to loosen it. With the young fitter's 0.45 m torque wrench that needs 400 N, far more than the 250 N limit.
Besides, by the plant's tool rules a torque wrench is a measuring tool: nuts are not loosened with it. The mentor hands over a **breaker
bar**. Why does the breaker bar help, and what is the price?"""),
        a.text(
            kk="""## 2. Ең қысқа иін және иінтірек

Жұмысшы $F_{\\max}$ күштен артық баспаса, $M$ моментке жететін ең қысқа иін $d_{\\min} = M/F_{\\max}$. 250 Н
шегінде 110 Н·м үшін ол $110/250 = 0{,}44$ м, ал жабысқан сомынның 180 Н·м үшін $180/250 = 0{,}72$ м. Сондықтан
0,75 м ұзын вороток жарайды: оған $180/0{,}75 = 240$ Н жеткілікті.

Кілт пен вороток — **иінтірек**: айналу осі бар қатты дене. Иінтірек **моменттер ережесі** бойынша тепе-теңдікте
болады: оны сағат тілімен бұратын момент қарсы бұратын моментке тең, $F_1 d_1 = F_2 d_2$. Сомын босар алдында
қолдың моменті тот басқан бұранданың сомынды ұстайтын моментіне тең болады.""",
            ru="""## 2. Самое короткое плечо и рычаг

Если рабочий давит не сильнее $F_{\\max}$, самое короткое плечо, дающее момент $M$, равно $d_{\\min} = M/F_{\\max}$.
При пределе 250 Н для 110 Н·м это $110/250 = 0{,}44$ м, а для 180 Н·м приржавевшей гайки $180/250 = 0{,}72$ м.
Поэтому подходит вороток длиной 0,75 м: на нём хватит $180/0{,}75 = 240$ Н.

Ключ и вороток — **рычаг**: твёрдое тело с осью вращения. Рычаг находится в равновесии по **правилу моментов**:
момент, вращающий его по часовой стрелке, равен моменту, вращающему против, $F_1 d_1 = F_2 d_2$. Когда гайка вот-вот
стронется, момент руки равен моменту, которым ржавая резьба держит гайку.""",
            en="""## 2. The shortest arm and the lever

When a worker pushes no harder than $F_{\\max}$, the shortest arm that gives the moment $M$ is
$d_{\\min} = M/F_{\\max}$. With the 250 N limit, 110 N·m needs $110/250 = 0.44$ m, and the rusted nut's 180 N·m
needs $180/250 = 0.72$ m. So a breaker bar 0.75 m long will do: on it $180/0.75 = 240$ N is enough.

A wrench and a breaker bar are **levers**: rigid bodies with an axis of rotation. A lever is balanced by the **rule
of moments**: the moment turning it clockwise equals the moment turning it the other way, $F_1 d_1 = F_2 d_2$. Just
as the nut starts to move, the hand's moment equals the moment with which the rusted thread holds the nut."""),
        a.formula(r"$$d_{\min} = \frac{M}{F_{\max}},\qquad F_1 d_1 = F_2 d_2,\qquad A = F\cdot s$$"),
        a.example(
            kk="""### 2-мысал: механиканың алтын ережесі

Ұзын вороток күштен ұтады, бірақ қол ұзағырақ жол жүреді. Сомынды ширек айналымға (90°) бұрайық және тот
басқан бұранда бүкіл ширек айналымда сол 180 Н·м моментпен қарсыласады деп алайық (шын мәнінде сомын қозғала
бастағанда ол кемиді). Қол радиусы $d$ шеңбердің төрттен бірін жүреді: $s = 2\\pi d/4$. 0,45 м кілтте $s \\approx 0{,}707$ м, 0,75 м воротокта
$s \\approx 1{,}178$ м. Жұмыс $A = F \\cdot s$: $400 \\cdot 0{,}707 \\approx 283$ Дж және
$240 \\cdot 1{,}178 \\approx 283$ Дж — бірдей. Бұл — **механиканың алтын ережесі** (golden rule of mechanics):
күштен неше есе ұтсақ, жолдан сонша есе ұтыламыз, ал жұмыстан ұтпаймыз.""",
            ru="""### Пример 2: золотое правило механики

Длинный вороток даёт выигрыш в силе, но рука проходит больший путь. Повернём гайку на четверть оборота (90°)
и будем считать, что ржавая резьба всю четверть оборота держит гайку тем же моментом 180 Н·м (на деле он падает,
когда гайка стронулась). Рука проходит четверть окружности радиуса $d$: $s = 2\\pi d/4$. На ключе 0,45 м
$s \\approx 0{,}707$ м, на воротке 0,75 м $s \\approx 1{,}178$ м. Работа $A = F \\cdot s$: $400 \\cdot 0{,}707 \\approx 283$ Дж и
$240 \\cdot 1{,}178 \\approx 283$ Дж — одинаковая. Это **золотое правило механики** (golden rule of mechanics):
во сколько раз выигрываем в силе, во столько раз проигрываем в расстоянии, а в работе не выигрываем.""",
            en="""### Example 2: the golden rule of mechanics

A long breaker bar wins in force, but the hand travels further. Turn the nut by a quarter turn (90°), and take
it that the rusted thread holds the nut with the same 180 N·m through the whole quarter turn (in fact it drops once
the nut moves). The hand travels a quarter of a circle of radius $d$: $s = 2\\pi d/4$. On the 0.45 m wrench
$s \\approx 0.707$ m, on the 0.75 m breaker bar $s \\approx 1.178$ m. The work $A = F \\cdot s$ is $400 \\cdot 0.707 \\approx 283$ J and
$240 \\cdot 1.178 \\approx 283$ J: the same. This is the **golden rule of mechanics**: what we win in force we
lose in distance, and we win nothing in work."""),
        a.code("""N = pick({"kk": "Н", "ru": "Н", "en": "N"})
m = pick({"kk": "м", "ru": "м", "en": "m"})
J = pick({"kk": "Дж", "ru": "Дж", "en": "J"})
for d in (0.45, 0.75):
    F = wheel_nuts.force_needed(180, d)
    s = wheel_nuts.hand_path(d, 90)
    print(d, m, "->", round(F), N, ";", round(s, 3), m, ";", round(wheel_nuts.work(F, s)), J)""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Болат (массасы 70 кг) сомынды тезірек тарту үшін 0,45 м кілттің ұшына аяғымен тұрмақ. Ол: «Мен бар болғаны 70 Н
түсіремін, бұл қол күшінен аз», — дейді. Келісесіз бе? Масса мен салмақты ажыратыңыз: салмақ $P = mg$,
$g \\approx 9{,}8$ Н/кг. Болаттың салмағы беретін моментті есептеп, 110 Н·м-мен салыстырыңыз. Сервистік
нұсқаулықтар кілтті аяқпен басуға тыйым салады. Төмендегі ұяшық тексереді.""",
            ru="""### Верно ли?

Болат (масса 70 кг) хочет затянуть гайку быстрее и встать ногой на конец ключа длиной 0,45 м. Он говорит: «Я даю
всего 70 Н, меньше, чем рукой». Согласны? Различайте массу и вес: вес $P = mg$, $g \\approx 9{,}8$ Н/кг. Вычислите
момент, который даёт вес Болата, и сравните со 110 Н·м. Сервисные руководства запрещают давить на ключ ногой.
Ячейка ниже проверяет.""",
            en="""### Is it true?

Bolat (mass 70 kg) wants to tighten a nut faster by standing on the end of a 0.45 m wrench. He says: "I only put
70 N on it, less than my hand does." Do you agree? Tell mass from weight: the weight is $P = mg$ with
$g \\approx 9.8$ N/kg. Compute the moment Bolat's weight gives and compare it with 110 N·m. Service manuals forbid
pushing the wrench with a foot. The cell below checks."""),
        a.code("""P = wheel_nuts.weight(70)
M = wheel_nuts.moment(P, 0.45)
print("P =", round(P), pick({"kk": "Н", "ru": "Н", "en": "N"}))
print("M =", round(M, 1), pick({"kk": "Н·м", "ru": "Н·м", "en": "N·m"}), "=", round(M / 110, 1), "× 110")""",
               role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Келесі зертханада сомынды 110 Н·м моментпен тарту тәсілін жобалайсыз: кілттің дәлдігі ±4 %, қол 250 Н-нан
артық баспайды, ал дөңгелек қуысы мен келесі көліктің арасында 0,5 м-ден ұзын кілт сыймайды (зауыттың ойдан
алынған шарттары). Жүгірткілерді қозғамас бұрын бағалаңыз: ең қысқа кілт қандай? 0,5 м кілтпен қандай күш
керек? Қол тұтқаға қиғаш басса, не өзгереді?""",
            ru="""### Сначала оцените

В следующей лаборатории вы проектируете, как затянуть гайку моментом 110 Н·м: точность ключа ±4 %, рука давит не
сильнее 250 Н, а между колёсной аркой и следующей машиной помещается ключ не длиннее 0,5 м (условия завода
придуманы для задачи). Прежде чем двигать ползунки, оцените: какой ключ самый короткий? Какая сила нужна на
ключе 0,5 м? Что изменится, если рука давит на рукоятку наискось?""",
            en="""### Estimate first

In the next lab you design how to tighten the nut to 110 N·m: the wrench is accurate to ±4 %, the hand pushes no
harder than 250 N, and no wrench longer than 0.5 m fits between the wheel arch and the next car (the plant's
conditions, made up for the task). Before you move the sliders, estimate: what is the shortest wrench? Which force
does a 0.5 m wrench need? What changes when the hand pushes on the handle at a slant?"""),
        a.design_lab("""design_lab = wheel_nuts.make_lab("wheel-nuts")
design_lab"""),
        a.text(
            kk="""Кілттің ұзындығын, күшті және бұрышты барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын
басыңыз. Бағалауыңыз расталды ма? Талаптарды орындайтын тағы бір жобаны табыңыз: олар немен ерекшеленеді?""",
            ru="""Подберите длину ключа, силу и угол так, чтобы выполнялись все требования, и нажмите **Проверить проект**.
Подтвердилась ли ваша оценка? Найдите ещё один проект, который выполняет требования: чем они отличаются?""",
            en="""Choose the wrench's length, the force and the angle so that every requirement holds, and press **Check the
design**. Was your estimate right? Find another design that meets the requirements: how do the two differ?"""),
        a.summary(
            kk="""## Қорытынды

* **Иінтірек** — айналу осі бар қатты дене; **моменттер ережесі**: $F_1 d_1 = F_2 d_2$.
* Күш $F_{\\max}$-тен аспаса, ең қысқа иін $d_{\\min} = M/F_{\\max}$.
* **Күшейтілген вороток** — жабысқан сомынды босататын ұзын иінтірек; динамометрлік кілт тек тарту үшін.
* **Механиканың алтын ережесі**: күштен неше есе ұтсақ, жолдан сонша есе ұтыламыз; жұмыс $A = F \\cdot s$ өзгермейді.
* **Салмақ** $P = mg$ — ньютонмен өлшенетін күш, масса емес: 70 кг адамның салмағы шамамен 686 Н.""",
            ru="""## Итоги

* **Рычаг** — твёрдое тело с осью вращения; **правило моментов**: $F_1 d_1 = F_2 d_2$.
* Если сила не больше $F_{\\max}$, самое короткое плечо $d_{\\min} = M/F_{\\max}$.
* **Усиленный вороток** — длинный рычаг, чтобы открутить приржавевшую гайку; динамометрическим ключом только
  затягивают.
* **Золотое правило механики**: во сколько раз выигрываем в силе, во столько раз проигрываем в расстоянии; работа
  $A = F \\cdot s$ не меняется.
* **Вес** $P = mg$ — сила в ньютонах, а не масса: вес человека массой 70 кг около 686 Н.""",
            en="""## Summary

* A **lever** is a rigid body with an axis of rotation; the **rule of moments**: $F_1 d_1 = F_2 d_2$.
* With a force of at most $F_{\\max}$, the shortest arm is $d_{\\min} = M/F_{\\max}$.
* A **breaker bar** is a long lever for loosening a stuck nut; a torque wrench is only for tightening.
* The **golden rule of mechanics**: what we win in force we lose in distance; the work $A = F \\cdot s$ stays the same.
* **Weight** $P = mg$ is a force in newtons, not a mass: a person of 70 kg weighs about 686 N."""),
        a.reflection(
            kk="""## Рефлексия

1. Неге ұзын вороток сомынды босатуды жеңілдетеді, бірақ жұмысты азайтпайды? Өз сөзіңізбен түсіндіріңіз.
2. Жобалағанда қай талап ең қиын болды және неге?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Почему длинный вороток облегчает откручивание гайки, но не уменьшает работу? Объясните своими словами.
2. Какое требование было самым трудным при проектировании и почему?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Why does a long breaker bar make loosening the nut easier but not the work smaller? Explain in your own words.
2. Which requirement was the hardest in the design, and why?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import wheel_nuts

# [kk] формулалардың әріптері; оларға сан бермеңіз
# [ru] буквы формул; не присваивайте им чисел
# [en] the letters of the formulas; do not give them numbers
M, L, a, b = sp.symbols("M L a b", positive=True)"""

NM = "ureg.newton * ureg.meter"


def _mistakes() -> dict[str, object]:
    """The anticipated mistakes whose messages both the self-checks and the hidden checks give."""
    M, L, a_, b_ = sp.symbols("M L a b", positive=True)
    return {
        "multiplied": rules.wrong_answer(M * L, code="force-times-arm", message={
            "kk": "Сіз моментті иінге көбейттіңіз: момент M = F·d болса, күш — моменттің иінге бөліндісі.",
            "ru": "Вы умножили момент на плечо: если M = F·d, то сила — это момент, делённый на плечо.",
            "en": "You multiplied the moment by the arm: if M = F·d, the force is the moment divided by the arm."}),
        "cm": rules.wrong_answer(110 / 38 * ureg.newton, code="arm-in-centimetres", message={
            "kk": "Күшіңіз 100 есе аз: иін сантиметрмен қалып қойған. Ньютон-метрде иін метрмен алынады.",
            "ru": "Ваша сила в 100 раз меньше: плечо осталось в сантиметрах. В ньютон-метрах плечо берут в метрах.",
            "en": "Your force is 100 times too small: the arm was left in centimetres. In newton-metres the arm is in metres."}),
        "arm-inverted": rules.wrong_answer(250 / 110 * ureg.meter, code="arm-upside-down", message={
            "kk": "Бөлшек төңкеріліп кеткен: иін d = M/F, күштің моментке бөліндісі емес.",
            "ru": "Дробь перевёрнута: плечо d = M/F, а не сила, делённая на момент.",
            "en": "The fraction is upside down: the arm is d = M/F, not the force over the moment."}),
        "mass-as-force": rules.wrong_answer(75 * 0.45 * ureg.newton * ureg.meter, code="mass-as-force", message={
            "kk": "Масса — күш емес: алдымен салмақты P = mg табыңыз, сосын моментті.",
            "ru": "Масса — не сила: сначала найдите вес P = mg, затем момент.",
            "en": "A mass is not a force: find the weight P = mg first, then the moment."}),
        "g-10": rules.wrong_answer(75 * 10 * 0.45 * ureg.newton * ureg.meter, code="g-is-10", score=0.5, message={
            "kk": "Тапсырмадағыдай g = 9,8 Н/кг алыңыз: g = 10 Н/кг жауапты 2 %-ға арттырады.",
            "ru": "Возьмите g = 9,8 Н/кг, как сказано в задаче: g = 10 Н/кг завышает ответ на 2 %.",
            "en": "Take g = 9.8 N/kg as the task says: g = 10 N/kg makes the answer 2 % too large."}),
        "forces-added": rules.wrong_answer(M / a_ + M / b_, code="arms-not-added", message={
            "kk": "Суырылған тұтқасы бар вороток — бір иінтірек: оның иіні — осьтен қолға дейінгі бүкіл ұзындық a + b.",
            "ru": "Вороток с выдвинутой рукояткой — один рычаг: его плечо — вся длина от оси до руки, a + b.",
            "en": "The bar with its handle pulled out is one lever: its arm is the whole length from the axis to the hand, a + b."}),
    }


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    M, L, a_, b_ = sp.symbols("M L a b", positive=True)
    m = _mistakes()
    return {
        "F_hand": fingerprint(M / L, mistakes=[m["multiplied"]], salt=salt("F_hand")),
        "F_38": fingerprint(110 / 0.38 * ureg.newton, rtol=0.005, mistakes=[m["cm"]], salt=salt("F_38")),
        "M_foot": fingerprint(75 * 9.8 * 0.45 * ureg.newton * ureg.meter, rtol=0.005,
                              mistakes=[m["mass-as-force"], m["g-10"]], salt=salt("M_foot")),
        "F_bar": fingerprint(M / (a_ + b_), mistakes=[m["forces-added"]], salt=salt("F_bar")),
    }


def _rule_source(name: str) -> str:
    """The hidden block's code for one anticipated mistake (the same message as the self-check's)."""
    rule = _mistakes()[name]
    message = rule.message  # type: ignore[attr-defined]
    answer = {"cm": f"110 / 38 * ureg.newton", "arm-inverted": "250 / 110 * ureg.meter",
              "mass-as-force": f"75 * 0.45 * {NM}", "g-10": f"75 * 10 * 0.45 * {NM}", "forces-added": "M / a + M / b",
              "multiplied": "M * L"}[name]
    score = f", score={rule.score}" if rule.score else ""  # type: ignore[attr-defined]
    return (f"rules.wrong_answer({answer}, code={rule.code!r}{score}, message={{\n"  # type: ignore[attr-defined]
            f"        \"kk\": {message['kk']!r},\n        \"ru\": {message['ru']!r},\n        \"en\": {message['en']!r}}})")


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Дөңгелек сомындары: күш моменті және иінтірек

Зауыттың сервистік парағы бойынша дөңгелек сомындары 110 Н·м моментпен тартылады (зауыттың бұл саны — ойдан
алынған, бірақ жеңіл көліктердің 90–135 Н·м ауқымында). Бұл тапсырмада сіз кілт пен күштен моментті, моменттен
күш пен иінді есептейсіз, салмақ пен массаны ажыратасыз, тұтқасы ұзартылған воротокқа формула жазасыз, кілт таңдайтын
функция жазасыз және зертханада сомынды тарту тәсілін жобалайсыз. Уақыты — 45 минут.""",
            ru="""# Колёсные гайки: момент силы и рычаг

По сервисному листу завода колёсные гайки затягивают моментом 110 Н·м (это число завода придумано для задачи, но
лежит в диапазоне 90–135 Н·м легковых машин). В этом задании вы вычислите момент по ключу и силе, силу и плечо по
моменту, отличите вес от массы, запишете формулу для воротка с выдвинутой рукояткой, напишете функцию, которая выбирает
ключ, и спроектируете в лаборатории, как затянуть гайку. Время — 45 минут.""",
            en="""# Wheel nuts: the moment of a force and the lever

By the plant's service sheet the wheel nuts are tightened to 110 N·m (the plant's figure is made up for the task,
but it lies in the 90–135 N·m range of passenger cars). In this assignment you compute the moment from the wrench
and the force, the force and the arm from the moment, tell weight from mass, write a formula for a breaker bar with
its handle pulled out, write a function that chooses a wrench, and design in the lab how to tighten the nut. Time: 45
minutes."""),
        a.formula(r"$$M = F\cdot d,\qquad F = \frac{M}{d},\qquad d_{\min} = \frac{M}{F_{\max}},\qquad P = m g$$"),
        a.text(
            kk="""Белгілеулер: $M$ — күш моменті (Н·м), $F$ — қолдың күші (Н), $d$ — күш иіні (м), $L$ — кілттің ұзындығы (м),
$P$ — салмақ (Н), $m$ — масса (кг), $g = 9{,}8$ Н/кг. Барлық тапсырмада қол тұтқаға перпендикуляр басады,
сондықтан $d = L$.

**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `5 * ureg.newton`,
`2 * ureg.meter`, `3 * ureg.newton * ureg.meter`. Сантиметр — `ureg.centimeter`. Бірінші код ұяшығындағы
`M, L, a, b` әріптеріне сан меншіктемеңіз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін
тексереді.""",
            ru="""Обозначения: $M$ — момент силы (Н·м), $F$ — сила руки (Н), $d$ — плечо силы (м), $L$ — длина ключа (м),
$P$ — вес (Н), $m$ — масса (кг), $g = 9{,}8$ Н/кг. Во всех задачах рука давит перпендикулярно рукоятке, поэтому
$d = L$.

**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `5 * ureg.newton`,
`2 * ureg.meter`, `3 * ureg.newton * ureg.meter`. Сантиметр — `ureg.centimeter`. Не присваивайте числа буквам
`M, L, a, b` из первой ячейки кода. Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа.""",
            en="""Notation: $M$ is the moment of force (N·m), $F$ the hand's force (N), $d$ the lever arm (m), $L$ the wrench's
length (m), $P$ a weight (N), $m$ a mass (kg), $g = 9.8$ N/kg. In every task the hand pushes at right angles to
the handle, so $d = L$.

**How to write answers.** Write a quantity with a unit through `ureg`: `5 * ureg.newton`, `2 * ureg.meter`,
`3 * ureg.newton * ureg.meter`. A centimetre is `ureg.centimeter`. Do not assign numbers to the letters
`M, L, a, b` of the first code cell. Run the test cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Динамометрлік кілт", ru="## Часть А. Динамометрический ключ",
               en="## Part A. The torque wrench"),
        a.task(1, 1, "A",
               kk="""Бақылаушы 0,45 м кілттің ұшына перпендикуляр 220 Н күшпен басады. Сомынға түсетін күш моментін
`M_check` Н·м бірлігімен есептеңіз. (110 Н·м-ге қойылған кілт шырт ете ме? Бұған жауап бағаланбайды.)""",
               ru="""Контролёр давит на конец ключа длиной 0,45 м перпендикулярно с силой 220 Н. Вычислите момент силы на гайке
`M_check` в Н·м. (Щёлкнет ли ключ, установленный на 110 Н·м? Это не оценивается.)""",
               en="""An inspector pushes at right angles on the end of a 0.45 m wrench with 220 N. Compute the moment on the nut
`M_check` in N·m. (Does a wrench set to 110 N·m click? That is not graded.)"""),
        a.answer("moment-check", f"M_check = 220 * 0.45 * {NM}", before=f"# M_check = ... * {NM}"),
        a.tests("moment-check-test", 1, public="""require(compare(M_check, "N*m", mode="dimension"))""",
                hidden="""require(compare(M_check, "99 N*m", mode="units", rtol=0.005))"""),

        a.task(2, 1, "A",
               kk="""Сервистік парақта $M$ моменті, ал кілттің ұзындығы $L$. Қолдың керек күшін $F$ sympy өрнегі ретінде
жазыңыз: `F_hand = ...` (`M` және `L` әріптерімен; жауаптың түрі, мысалы, `M + L`, бірақ бұл жауап емес).""",
               ru="""В сервисном листе задан момент $M$, длина ключа $L$. Запишите нужную силу руки $F$ как выражение sympy:
`F_hand = ...` (буквами `M` и `L`; форма ответа, например, `M + L`, но это не ответ).""",
               en="""The service sheet gives the moment $M$; the wrench is $L$ long. Write the force $F$ the hand needs as a sympy
expression: `F_hand = ...` (in the letters `M` and `L`; the form of an answer is, for example, `M + L`, which is not
the answer)."""),
        a.answer("force-formula", "F_hand = M / L", hint={
            "kk": "F_hand = ...  (M және L арқылы sympy өрнегі)", "ru": "F_hand = ...  (выражение sympy от M и L)",
            "en": "F_hand = ...  (a sympy expression in M and L)"}),
        a.tests("force-formula-test", 1, public=f"""assert isinstance(F_hand, sp.Expr), pick({{"kk": "F_hand — M мен L әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "F_hand должно быть выражением sympy из M и L.", "en": "F_hand should be a sympy expression made of M and L."}})
assert {{s.name for s in F_hand.free_symbols}} <= {{"M", "L"}}, pick({{"kk": "F_hand өрнегінде тек M және L әріптері болуы керек.", "ru": "В выражении F_hand могут быть только буквы M и L.", "en": "F_hand may use only the letters M and L."}})
advise(self_check(F_hand, "{token['F_hand']}"))""", hidden=f"""from curriculum.check import rules
require(compare(F_hand, "M/L", rules=[{_rule_source("multiplied")}]))"""),

        a.task(3, 2, "A",
               kk="""Бақылаушының тағы бір кілті қысқа: оның ұзындығы 38 см. 110 Н·м алу үшін қолдың күшін `F_38` Н бірлігімен
есептеңіз; 0,5 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Другой ключ контролёра короче: его длина 38 см. Вычислите силу руки `F_38` в Н, нужную для 110 Н·м;
принимается ответ с точностью до 0,5 %.""",
               en="""The inspector's other wrench is shorter: 38 cm long. Compute the hand's force `F_38` in N that gives 110 N·m;
an answer within 0.5 % is accepted."""),
        a.answer("force-short-wrench", "F_38 = 110 / 0.38 * ureg.newton", before="# F_38 = ... * ureg.newton"),
        a.tests("force-short-wrench-test", 2, public=f"""require(compare(F_38, "N", mode="dimension"))
advise(self_check(F_38, "{token['F_38']}"))""", hidden=f"""from curriculum.check import rules
require(compare(F_38, "289.47 N", mode="units", rtol=0.005, rules=[{_rule_source("cm")}]))"""),

        a.task(4, 1, "A",
               kk="""Зауыттың ережесі бойынша жұмысшы кілтті 250 Н-нан артық күшпен баспайды. 110 Н·м беретін ең қысқа иінді
`L_min` метрмен немесе сантиметрмен есептеңіз (`ureg.meter` немесе `ureg.centimeter`).""",
               ru="""По правилу завода рабочий давит на ключ не сильнее 250 Н. Вычислите самое короткое плечо `L_min`, дающее
110 Н·м, в метрах или сантиметрах (`ureg.meter` или `ureg.centimeter`).""",
               en="""By the plant's rule a worker pushes on a wrench with no more than 250 N. Compute the shortest arm `L_min` that
gives 110 N·m, in metres or centimetres (`ureg.meter` or `ureg.centimeter`)."""),
        a.answer("shortest-arm", "L_min = 110 / 250 * ureg.meter", before="# L_min = ... * ureg.meter"),
        a.tests("shortest-arm-test", 1, public="""require(compare(L_min, "m", mode="dimension"))""",
                hidden=f"""from curriculum.check import rules
require(compare(L_min, "0.44 m", mode="units", rtol=0.005, rules=[{_rule_source("arm-inverted")}]))"""),

        a.text(kk="## Ә бөлім. Салмақ, вороток және кілт таңдау", ru="## Часть Б. Вес, вороток и выбор ключа",
               en="## Part B. Weight, the breaker bar and choosing a wrench"),
        a.task(5, 2, "B",
               kk="""Массасы 75 кг жұмысшы көлденең жатқан 0,45 м кілттің ұшына аяғымен тұрды. Оның салмағы сомынға қандай
момент береді? $g = 9{,}8$ Н/кг алып, `M_foot` Н·м бірлігімен есептеңіз; 0,5 % дәлдікпен есептелген жауап
қабылданады. (Сервистік нұсқаулықтар мұны істеуге тыйым салады: неге екенін жауаптан көресіз.)""",
               ru="""Рабочий массой 75 кг встал ногой на конец горизонтального ключа длиной 0,45 м. Какой момент даёт гайке его
вес? Возьмите $g = 9{,}8$ Н/кг и вычислите `M_foot` в Н·м; принимается ответ с точностью до 0,5 %. (Сервисные
руководства это запрещают: по ответу увидите почему.)""",
               en="""A worker of mass 75 kg stands with one foot on the end of a level 0.45 m wrench. What moment does his weight
give the nut? Take $g = 9.8$ N/kg and compute `M_foot` in N·m; an answer within 0.5 % is accepted. (Service
manuals forbid this: the answer shows why.)"""),
        a.answer("foot-moment", f"M_foot = 75 * 9.8 * 0.45 * {NM}", before=f"# M_foot = ... * {NM}"),
        a.tests("foot-moment-test", 2, public=f"""require(compare(M_foot, "N*m", mode="dimension"))
advise(self_check(M_foot, "{token['M_foot']}"))""", hidden=f"""from curriculum.check import rules
require(compare(M_foot, "330.75 N*m", mode="units", rtol=0.005, rules=[
    {_rule_source("mass-as-force")},
    {_rule_source("g-10")}]), points=2)"""),

        a.task(6, 2, "B",
               kk="""Жабысқан сомынды босату үшін $M$ момент керек. Күшейтілген воротоктың ұзындығы $a$, оның тұтқасы
жылжымалы: тұтқаны тағы $b$ қашықтыққа суырып ұзартты, қол тұтқаның ұшынан перпендикуляр басады. Керек күшті sympy өрнегі ретінде жазыңыз:
`F_bar = ...` (`M`, `a`, `b` әріптерімен; жауаптың түрі, мысалы, `M / (2*a)`, бірақ бұл жауап емес).""",
               ru="""Чтобы открутить приржавевшую гайку, нужен момент $M$. Длина усиленного воротка $a$, рукоятка у него
выдвижная: её выдвинули ещё на $b$, рука давит на конец рукоятки перпендикулярно. Запишите нужную силу как выражение sympy:
`F_bar = ...` (буквами `M`, `a`, `b`; форма ответа, например, `M / (2*a)`, но это не ответ).""",
               en="""Loosening a stuck nut takes the moment $M$. A breaker bar is $a$ long and its handle is telescopic: it is
pulled out by a further $b$, and the hand pushes on the handle's end at right angles. Write the force needed as a sympy expression:
`F_bar = ...` (in the letters `M`, `a`, `b`; the form of an answer is, for example, `M / (2*a)`, which is not the
answer)."""),
        a.answer("bar-force", "F_bar = M / (a + b)", hint={
            "kk": "F_bar = ...  (M, a, b арқылы sympy өрнегі)", "ru": "F_bar = ...  (выражение sympy от M, a, b)",
            "en": "F_bar = ...  (a sympy expression in M, a, b)"}),
        a.tests("bar-force-test", 2, public=f"""assert isinstance(F_bar, sp.Expr), pick({{"kk": "F_bar — M, a, b әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "F_bar должно быть выражением sympy из M, a, b.", "en": "F_bar should be a sympy expression made of M, a, b."}})
assert {{s.name for s in F_bar.free_symbols}} <= {{"M", "a", "b"}}, pick({{"kk": "F_bar өрнегінде тек M, a, b әріптері болуы керек.", "ru": "В выражении F_bar могут быть только буквы M, a, b.", "en": "F_bar may use only the letters M, a, b."}})
advise(self_check(F_bar, "{token['F_bar']}"))""", hidden=f"""from curriculum.check import rules
require(compare(F_bar, "M/(a + b)", rules=[{_rule_source("forces-added")}]))"""),

        a.task(7, 2, "B",
               kk="""Құрал тақтасында әртүрлі ұзындықтағы кілттер ілулі тұр. `shortest_wrench(torque, max_force, lengths)`
функциясын жазыңыз: `torque` — керек момент (Н·м), `max_force` — ең үлкен рұқсат етілген күш (Н), `lengths` —
кілттердің ұзындықтары (м, кез келген ретпен). Функция перпендикуляр күші `max_force`-тан аспайтын кілттердің ең
қысқасының ұзындығын қайтарсын (күш дәл `max_force`-қа тең болса да жарайды); ешқайсысы жарамаса, `None`.
Мысалы, `shortest_wrench(110, 250, [0.6, 0.3, 0.45])` нәтижесі `0.45`, ал `shortest_wrench(110, 250, [0.3, 0.4])`
нәтижесі `None`.""",
               ru="""На инструментальном щите висят ключи разной длины. Напишите функцию `shortest_wrench(torque, max_force, lengths)`:
`torque` — нужный момент (Н·м), `max_force` — наибольшая разрешённая сила (Н), `lengths` — длины ключей (м, в
любом порядке). Функция возвращает длину самого короткого из ключей, на которых перпендикулярная сила не больше
`max_force` (сила, равная `max_force`, тоже подходит); если не подходит ни один — `None`. Например,
`shortest_wrench(110, 250, [0.6, 0.3, 0.45])` даёт `0.45`, а `shortest_wrench(110, 250, [0.3, 0.4])` даёт `None`.""",
               en="""Wrenches of different lengths hang on the tool board. Write the function
`shortest_wrench(torque, max_force, lengths)`: `torque` is the moment needed (N·m), `max_force` the largest force
allowed (N), `lengths` the wrenches' lengths (m, in any order). It returns the length of the shortest wrench on
which a perpendicular force of no more than `max_force` gives the moment (a force equal to `max_force` will do); if
none will do, `None`. For example, `shortest_wrench(110, 250, [0.6, 0.3, 0.45])` gives `0.45`, and
`shortest_wrench(110, 250, [0.3, 0.4])` gives `None`."""),
        a.answer("shortest-wrench", """def shortest_wrench(torque, max_force, lengths):
    fitting = [length for length in lengths if torque / length <= max_force]
    if not fitting:
        return None
    return min(fitting)""", hint={
            "kk": "def shortest_wrench(torque, max_force, lengths): ... ең қысқа жарамды ұзындық немесе None",
            "ru": "def shortest_wrench(torque, max_force, lengths): ... самая короткая подходящая длина или None",
            "en": "def shortest_wrench(torque, max_force, lengths): ... the shortest length that will do, or None"}),
        a.tests("shortest-wrench-test", 2, public="""assert callable(shortest_wrench), pick({"kk": "shortest_wrench — функция болуы керек (def shortest_wrench(torque, max_force, lengths): ...).", "ru": "shortest_wrench должна быть функцией (def shortest_wrench(torque, max_force, lengths): ...).", "en": "shortest_wrench should be a function (def shortest_wrench(torque, max_force, lengths): ...)."})
require(compare(shortest_wrench(110, 250, [0.6, 0.3, 0.45]), 0.45, mode="numeric", rtol=1e-9))
assert shortest_wrench(110, 250, [0.3, 0.4]) is None, pick({"kk": "Ешбір кілт жарамаса, функция None қайтаруы керек.", "ru": "Если не подходит ни один ключ, функция должна вернуть None.", "en": "When no wrench will do, the answer should be None."})""",
                hidden="""require(check_function(shortest_wrench, wheel_nuts.shortest_wrench,
                       inputs=[(110, 250, [0.5]), (110, 250, [0.3, 0.35, 0.4]), (110, 250, [0.8, 0.6, 0.5, 0.45]),
                               (100, 250, [0.4, 0.3, 0.5]), (110, 250, [0.44, 0.6]), (180, 250, [0.45, 0.75, 0.9]),
                               (180, 250, [0.45, 0.6, 0.7]), (110, 200, [0.5, 0.55, 0.6, 0.7]), (60, 200, [0.3, 0.25]),
                               (110, 250, []), (135, 300, [0.45, 0.5, 0.4]), (90, 150, [1.0, 0.75, 0.6, 0.55])]))"""),

        a.text(kk="## Б бөлім. Сомынды тарту тәсілін жобалау", ru="## Часть В. Проект: как затянуть гайку",
               en="## Part C. Designing how to tighten the nut"),
        a.task(8, 2, "C",
               kk="""Сомынды 110 Н·м моментпен тарту тәсілін таңдаңыз: кілттің дәлдігі ±4 %, қол 250 Н-нан артық баспайды, кілттің
ұзындығы 0,5 м-ден аспайды. Зертханада кілттің ұзындығын, күшті және бұрышты таңдап, **Жобаны тексеру**
батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Выберите, как затянуть гайку моментом 110 Н·м: точность ключа ±4 %, рука давит не сильнее 250 Н, длина ключа
не больше 0,5 м. Подберите в лаборатории длину ключа, силу и угол, нажмите **Проверить проект** и скопируйте в
ячейку ответа строку `design = {...}`, которую показывает лаборатория.""",
               en="""Choose how to tighten the nut to 110 N·m: the wrench is accurate to ±4 %, the hand pushes no harder than
250 N, and the wrench is at most 0.5 m long. Choose the wrench's length, the force and the angle in the lab, press
**Check the design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""wheel_nuts.make_lab("wheel-nuts")"""),
        a.answer("design", "design = {'L': 0.46, 'F': 240.0, 'angle': 90.0}",
                 before="# design = {'L': ..., 'F': ..., 'angle': ...}"),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {"L", "F"} <= set(design), pick({"kk": "design = {'L': ..., 'F': ..., 'angle': ...} (зертхана көрсететін жол)", "ru": "design = {'L': ..., 'F': ..., 'angle': ...} (строка, которую показывает лаборатория)", "en": "design = {'L': ..., 'F': ..., 'angle': ...} (the line the lab shows)"})
advise(check_design(design, wheel_nuts.DESIGN_SPEC, model=wheel_nuts.design_result))""",
                hidden="""require(check_design(design, wheel_nuts.DESIGN_SPEC, model=wheel_nuts.design_result))"""),

        a.task(9, 3, "C", locked_id="golden-rule-prompt",
               kk="""Ернар былай дейді: «Ең ұзын кілтті алу керек: ұзын кілт сомынды қаттырақ тартады және жұмысты азайтады».
110 Н·м-ге қойылған 0,25 м және 0,5 м динамометрлік кілттерді салыстырыңыз. Әрқайсысында кілт шырт ететін күшті,
сомын соңғы ширек айналымда (90°) 110 Н·м моментпен қарсыласады деп алып (бұл — жеңілдету: шын мәнінде момент
сомын отырған сайын біртіндеп өседі), қолдың жолын және жұмысын есептеңіз.
Ернар қай жерде дұрыс, қай жерде қателеседі? Механиканың алтын ережесін тұжырымдаңыз. Жауапты төмендегі ұяшыққа
сөзбен және есептеулермен жазыңыз.""",
               ru="""Ернар говорит: «Надо брать самый длинный ключ: длинный ключ затягивает гайку сильнее и уменьшает работу».
Сравните динамометрические ключи длиной 0,25 м и 0,5 м, установленные на 110 Н·м. Для каждого вычислите силу, при
которой ключ щёлкает, и, считая, что на последней четверти оборота (90°) гайка сопротивляется моментом 110 Н·м (это упрощение: на деле
момент растёт постепенно, по мере того как гайка садится на место),
путь руки и работу. В чём Ернар прав, а в чём ошибается? Сформулируйте золотое правило механики. Напишите ответ
словами и с вычислениями в ячейке ниже.""",
               en="""Yernar says: "Take the longest wrench: a long wrench tightens the nut harder and makes the work smaller."
Compare torque wrenches 0.25 m and 0.5 m long, both set to 110 N·m. For each, compute the force at which it clicks
and, taking it that the nut resists with 110 N·m through the last quarter turn (90°) (a simplification: in fact the
moment grows as the nut seats), the hand's path and the work.
Where is Yernar right, and where is he wrong? State the golden rule of mechanics. Write your answer in words and
with calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: екі кілт те 110 Н·м-де шырт етеді, сомын бірдей тартылады; ұзын кілтке аз күш керек:
  0,25 м кілтте 440 Н, 0,5 м кілтте 220 Н.
* 1 ұпай: қолдың жолы $s = 2\\pi d/4$: шамамен 0,393 м және 0,785 м.
* 1 ұпай: жұмыс $A = F \\cdot s \\approx 173$ Дж екеуінде де; күштен ұтамыз, жолдан сонша есе ұтыламыз,
  жұмыстан ұтпаймыз (механиканың алтын ережесі).""",
                   "ru": """* 1 балл: оба ключа щёлкают на 110 Н·м, гайка затянута одинаково; длинному ключу нужна меньшая сила:
  440 Н на ключе 0,25 м, 220 Н на ключе 0,5 м.
* 1 балл: путь руки $s = 2\\pi d/4$: около 0,393 м и 0,785 м.
* 1 балл: работа $A = F \\cdot s \\approx 173$ Дж в обоих случаях; выигрываем в силе, во столько же раз
  проигрываем в расстоянии, в работе не выигрываем (золотое правило механики).""",
                   "en": """* 1 point: both wrenches click at 110 N·m, so the nut is tightened the same; the long wrench needs less force:
  440 N on the 0.25 m wrench, 220 N on the 0.5 m one.
* 1 point: the hand's path $s = 2\\pi d/4$: about 0.393 m and 0.785 m.
* 1 point: the work $A = F \\cdot s \\approx 173$ J in both cases; we win in force and lose as much in distance,
  and win nothing in work (the golden rule of mechanics)."""}),
        a.written("golden-rule", 3, """**Model answer (en).** A torque wrench clicks at its set torque whatever its length, so both wrenches tighten the
nut to the same 110 N·m: the long one does not tighten it harder. It needs less force: $F = M/d$ gives
$110/0.25 = 440$ N and $110/0.5 = 220$ N. In a quarter turn the hand travels $s = 2\\pi d/4 \\approx 0.393$ m on the
short wrench and $\\approx 0.785$ m on the long one. The work $A = F \\cdot s$ is $440 \\cdot 0.393 \\approx 173$ J and
$220 \\cdot 0.785 \\approx 173$ J: the same. Yernar is right that the long wrench is easier on the hand and wrong
about the nut and the work. The golden rule of mechanics: what we win in force we lose in distance; no simple
machine wins in work.

**Үлгі жауап (kk).** Динамометрлік кілт ұзындығына қарамай қойылған моментте шырт етеді, сондықтан екі кілт те
сомынды бірдей 110 Н·м-ге тартады: ұзын кілт қаттырақ тартпайды. Оған аз күш керек: $F = M/d$ бойынша
$110/0{,}25 = 440$ Н және $110/0{,}5 = 220$ Н. Ширек айналымда қол қысқа кілтте $s = 2\\pi d/4 \\approx 0{,}393$ м,
ұзын кілтте $\\approx 0{,}785$ м жүреді. Жұмыс $A = F \\cdot s$: $440 \\cdot 0{,}393 \\approx 173$ Дж және
$220 \\cdot 0{,}785 \\approx 173$ Дж — бірдей. Ернар ұзын кілт қолға жеңіл дегенде дұрыс, ал сомын мен жұмыс
туралы қателеседі. Механиканың алтын ережесі: күштен неше есе ұтсақ, жолдан сонша есе ұтыламыз; ешбір қарапайым
механизм жұмыстан ұтыс бермейді.

**Образец ответа (ru).** Динамометрический ключ щёлкает на установленном моменте при любой длине, поэтому оба
ключа затягивают гайку одинаково, до 110 Н·м: длинный не затягивает сильнее. Ему нужна меньшая сила: по $F = M/d$
$110/0{,}25 = 440$ Н и $110/0{,}5 = 220$ Н. За четверть оборота рука проходит $s = 2\\pi d/4 \\approx 0{,}393$ м на
коротком ключе и $\\approx 0{,}785$ м на длинном. Работа $A = F \\cdot s$: $440 \\cdot 0{,}393 \\approx 173$ Дж и
$220 \\cdot 0{,}785 \\approx 173$ Дж — одинаковая. Ернар прав, что длинным ключом легче руке, и ошибается
насчёт гайки и работы. Золотое правило механики: во сколько раз выигрываем в силе, во столько раз проигрываем в
расстоянии; ни один простой механизм не даёт выигрыша в работе."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "wheel_nuts.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
