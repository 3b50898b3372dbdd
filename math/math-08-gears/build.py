"""Writes math-08-gears' notebooks: its two lessons and its graded assignment, from the texts below.

This is the model module's source: edit the texts here, then run

    .venv/bin/python math/math-08-gears/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_math_08_gears.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of ``module.yml``'s tasks or comes from the lab's model
(``curriculum.labs.gears``); the module's test pins each one to the model.
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
MODULE = "math-08-gears"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


# -- lesson 1: the gear ratio, speed and torque ----------------------------------------------------------

LESSON_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import gears"""


def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Тісті берілістер, 1-сабақ. Беріліс саны: жылдамдық пен айналдыру моменті

Зауыттың құрастыру желісінде автомобиль шанақтары конвейермен жылжиды. Конвейердің қозғалтқышы минутына 1450 рет
айналады, ал конвейердің барабаны әлдеқайда баяу айналуы керек. Оның үстіне жүктелген таспаны қозғау үшін
қозғалтқыштың өзі бере алатыннан әлдеқайда үлкен **айналдыру моменті** (torque) керек. Қозғалтқыш пен конвейердің
арасында редуктор тұр. Екі тісті доңғалақ айналуды қалай бір мезгілде баяулатып, моментін арттырады? Бұл үшін не
төленеді?""",
            ru="""# Зубчатые передачи, урок 1. Передаточное число: скорость и крутящий момент

На сборочной линии завода кузова автомобилей едут по конвейеру. Двигатель конвейера делает 1450 оборотов в минуту,
а барабан конвейера должен вращаться гораздо медленнее. К тому же, чтобы сдвинуть нагруженную ленту, нужен
**крутящий момент** (torque) намного больше, чем даёт сам двигатель. Между двигателем и конвейером стоит редуктор.
Как пара зубчатых колёс одновременно замедляет вращение и увеличивает его момент? Чем за это приходится платить?""",
            en="""# Gears, lesson 1. The gear ratio: speed and torque

On the plant's assembly line, car bodies ride on a conveyor. The conveyor's motor turns 1450 times a minute, but the
conveyor's drum must turn much more slowly. And to move the loaded belt it needs a much larger **torque** than the
motor gives by itself. Between the motor and the conveyor sits a gearbox. How can a pair of gears make the
rotation slower and its torque larger at the same time? What is the price?"""),
        a.text(
            kk="""## 1. Беріліс саны

Екі тісті доңғалақ ілініскенде олардың тістері бір-бірден өтеді. Жетекші кіші доңғалақта — **шестерняда** —
$z_1$ тіс, жетектегі доңғалақта $z_2$ тіс болсын. Шестерня бір рет айналғанда ілінісу нүктесінен оның $z_1$ тісі
өтеді, демек доңғалақ айналымның тек $z_1/z_2$ бөлігіне бұрылады, оның үстіне қарама-қарсы бағытта. Сондықтан

* **беріліс саны** (gear ratio) $i = z_2/z_1$ доңғалақ шестернядан неше есе баяу айналатынын көрсетеді;
* шығыс жылдамдығы $n_2 = n_1/i$ (айн/мин);
* шығыс моменті $T_2 = T_1 \\cdot i \\cdot \\eta$: жылдамдық неше есе азайса, айналдыру моменті сонша есе артады,
  тек үйкеліске аздаған шығын бар. Тісті берілістер жылдамдық пен моментті өзгертеді, ал қуатты арттырмайды.
  Жақсы тісті берілістің бір сатысының **пайдалы әсер коэффициенті** $\\eta \\approx 0{,}98$: қуаттың 2 %-ы
  үйкеліске жұмсалады.""",
            ru="""## 1. Передаточное число

Когда два зубчатых колеса в зацеплении, их зубья проходят друг мимо друга по одному. Пусть у ведущего малого
колеса — **шестерни** — $z_1$ зубьев, у ведомого колеса $z_2$ зубьев. За один оборот шестерни через точку
зацепления проходят $z_1$ её зубьев, значит колесо поворачивается только на $z_1/z_2$ оборота, причём в обратную
сторону. Поэтому

* **передаточное число** (gear ratio) $i = z_2/z_1$ показывает, во сколько раз колесо вращается медленнее шестерни;
* выходная частота вращения $n_2 = n_1/i$ (об/мин);
* выходной момент $T_2 = T_1 \\cdot i \\cdot \\eta$: во сколько раз уменьшилась скорость, во столько раз вырос
  крутящий момент, за вычетом небольших потерь на трение. Зубчатые передачи меняют скорость и момент, но не
  увеличивают мощность. **Коэффициент полезного действия** одной ступени хорошей зубчатой передачи
  $\\eta \\approx 0{,}98$: 2 % мощности уходит на трение.""",
            en="""## 1. The gear ratio

When two gears mesh, their teeth pass each other one by one. Let the small driving gear, the **pinion**, have
$z_1$ teeth and the driven wheel $z_2$ teeth. During one turn of the pinion, $z_1$ of its teeth pass the meshing
point, so the wheel turns by only $z_1/z_2$ of a revolution, and the other way round. So

* the **gear ratio** $i = z_2/z_1$ says how many times slower the wheel turns than the pinion;
* the output speed is $n_2 = n_1/i$ (rpm);
* the output torque is $T_2 = T_1 \\cdot i \\cdot \\eta$: the torque grows as many times as the speed drops, less a
  small loss to friction. Gears change speed and torque; they do not add power. One stage of good spur gears has
  **efficiency** $\\eta \\approx 0.98$: 2 % of the power is lost to friction."""),
        a.formula(r"$$i=\frac{z_2}{z_1},\qquad n_2=\frac{n_1}{i}=\frac{n_1 z_1}{z_2},\qquad T_2=T_1\cdot i\cdot\eta$$"),
        a.example(
            kk="""### 1-мысал

Қозғалтқыш минутына 960 рет айналады, оның айналдыру моменті 30 Н·м. Шестерняда 18 тіс, доңғалақта 54 тіс.
Беріліс санын, шығыс жылдамдығын және шығыс моментін есептейміз: $i = 54/18 = 3$, $n_2 = 960/3 = 320$ айн/мин,
$T_2 = 30 \\cdot 3 \\cdot 0{,}98 = 88{,}2$ Н·м. Келесі ұяшық дәл осыны pint бірліктерімен және зертхананың
моделімен есептейді.""",
            ru="""### Пример 1

Двигатель делает 960 оборотов в минуту, его крутящий момент 30 Н·м. У шестерни 18 зубьев, у колеса 54.
Вычислим передаточное число, выходную частоту вращения и выходной момент: $i = 54/18 = 3$,
$n_2 = 960/3 = 320$ об/мин, $T_2 = 30 \\cdot 3 \\cdot 0{,}98 = 88{,}2$ Н·м. Следующая ячейка считает то же
с единицами pint и моделью лаборатории.""",
            en="""### Example 1

A motor makes 960 revolutions per minute with a torque of 30 N·m. The pinion has 18 teeth, the wheel 54. We
compute the gear ratio, the output speed and the output torque: $i = 54/18 = 3$, $n_2 = 960/3 = 320$ rpm,
$T_2 = 30 \\cdot 3 \\cdot 0.98 = 88.2$ N·m. The next cell computes the same with pint units and with the lab's
model."""),
        a.code("""n1 = 960 * ureg.rpm
T1 = 30 * ureg.newton * ureg.meter
z1, z2 = 18, 54

i = z2 / z1
n2 = n1 / i
T2 = T1 * i * gears.EFFICIENCY
print("i  =", i)
print("n2 =", n2)
print("T2 =", round(T2.magnitude, 2), pick({"kk": "Н·м", "ru": "Н·м", "en": "N·m"}))
# [kk] зертхананың моделі де дәл осы сандарды береді:
# [ru] модель лаборатории даёт те же числа:
# [en] the lab's model gives the same numbers:
print(gears.output_speed(960, z1, z2), gears.output_torque(30, z1, z2))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана дәл осы жұптан басталады: шестерняда 18 тіс, доңғалақта 54 тіс. ▶ батырмасын баспас бұрын
жауап беріңіз: шестерня бір толық айналым (360°) жасағанда доңғалақ қай бағытта және қанша градусқа бұрылады?
Жылдамдық пен момент бағандарының қайсысы үлкейеді, қайсысы кішірейеді және неше есе? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория начинается с той же пары: у шестерни 18 зубьев, у колеса 54. Прежде чем нажать кнопку ▶,
ответьте: когда шестерня сделает один полный оборот (360°), в какую сторону и на сколько
градусов повернётся колесо? Какой из столбиков скорости и момента вырастет, какой уменьшится и во сколько раз?
Запишите предсказание в тетрадь.""",
            en="""### Predict first

The lab starts with the same pair: 18 teeth on the pinion, 54 on the wheel. Before you press ▶, answer:
when the pinion makes one full turn (360°), which way and by how many degrees does the wheel turn? Which of the
speed and torque bars grows, which shrinks, and how many times? Write your prediction down."""),
        a.lab("""lab = gears.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. ▶ батырмасын басыңыз: доңғалақтар айналады. Шестерняның бұрылу бұрышы 360° болғанда тоқтатыңыз
   (немесе жүгірткіні 360°-қа қойыңыз). Болжамыңыз расталды ма? Доңғалақ неше тіске бұрылды?
2. $z_1 = 18$ қалдырып, $z_2$-ні біртіндеп арттырыңыз. $n_2$ мен $T_2$ қалай өзгереді? Қозғалтқыш 960 айн/мин
   болғанда конвейер 240 айн/мин айналуы үшін $z_2$ неше болуы керек? Алдымен есептеңіз, сосын тексеріңіз.
3. Қозғалтқыш жылдамдығы $n_1$ мен моменті $T_1$-ді өзгертіңіз. Суреттегі бағандар неге өзгермейді?""",
            ru="""### Исследуйте

1. Нажмите кнопку ▶: колёса вращаются. Остановите, когда шестерня повернётся на 360°
   (или поставьте ползунок на 360°). Подтвердилось ли предсказание? На сколько зубьев повернулось колесо?
2. Оставьте $z_1 = 18$ и постепенно увеличивайте $z_2$. Как меняются $n_2$ и $T_2$? Каким должно быть $z_2$,
   чтобы при 960 об/мин двигателя конвейер вращался со скоростью 240 об/мин? Сначала вычислите, потом проверьте.
3. Меняйте частоту вращения двигателя $n_1$ и его момент $T_1$. Почему столбики на рисунке не меняются?""",
            en="""### Explore

1. Press ▶: the gears turn. Stop when the pinion has turned by 360° (or move its slider to 360°). Was your
   prediction right? By how many teeth did the wheel turn?
2. Keep $z_1 = 18$ and increase $z_2$ step by step. How do $n_2$ and $T_2$ change? How many teeth must $z_2$ have
   so that the conveyor turns at 240 rpm when the motor makes 960 rpm? Compute first, then check.
3. Change the motor's speed $n_1$ and torque $T_1$. Why do the bars of the picture stay as they are?"""),
        a.misconception(
            kk="""### Дұрыс па?

Айгерім былай дейді: «Үлкен доңғалақ баяу айналады, демек ол әлсіз. Конвейерді баяулататын редуктор оны
әлсіретеді де». Келісесіз бе? 1-мысалдағы кіріс пен шығыс қуатын есептеңіз: $P = 2\\pi n T$ ($n$ айн/с). Шығыс
моменті неше есе артты, қуат ше? Төмендегі ұяшық тексереді.""",
            ru="""### Верно ли?

Айгерим говорит: «Большое колесо вращается медленно, значит оно слабое. Редуктор, который замедляет конвейер,
его и ослабляет». Согласны? Вычислите мощность на входе и на выходе в примере 1: $P = 2\\pi n T$ ($n$ в об/с).
Во сколько раз вырос выходной момент, а мощность? Ячейка ниже проверяет.""",
            en="""### Is it true?

Aigerim says: "The big wheel turns slowly, so it is weak. A gearbox that slows the conveyor down also makes it
weaker." Do you agree? Compute the power in and out in example 1: $P = 2\\pi n T$ ($n$ in revolutions per second).
How many times did the output torque grow, and the power? The cell below checks."""),
        a.code("""# [kk] P = 2πnT: pint-те 1 айн = 2π рад, сондықтан P = n·T
# [ru] P = 2πnT: в pint 1 оборот = 2π рад, поэтому P = n·T
# [en] P = 2πnT: in pint one revolution is 2π rad, so P = n·T
P_in = (n1 * T1).to("W")
P_out = (n2 * T2).to("W")
print("P_in  =", round(P_in.magnitude), "W")
print("P_out =", round(P_out.magnitude), "W")
print("T2 / T1 =", round((T2 / T1).magnitude, 2), "; P_out / P_in =", round((P_out / P_in).to("").magnitude, 2))""",
               role="misconception"),
        a.text(
            kk="""## 2. Доңғалақтың өлшемі: модуль және осьаралық қашықтық

Ілінісетін екі доңғалақтың тістері бірдей өлшемді болуы керек. Тістің өлшемін **модуль** $m$ (мм) береді.
Доңғалақтың бөлгіш диаметрі $d = m z$. Екі бөлгіш шеңбер бір нүктеде жанасады, сондықтан біліктер арасындағы
**осьаралық қашықтық** $a = (d_1 + d_2)/2 = m(z_1 + z_2)/2$. Редуктордың корпусы дайын болса, $a$ мен $m$ белгілі,
демек тістердің қосындысы да белгілі: $z_1 + z_2 = 2a/m$.

20° стандартты тісте шестерняда кемінде 17 тіс болуы керек, әйтпесе тістің түбі кесіледі де, тіс әлсірейді.
Зертханада $z_1 = 12$ қойып көріңіз: қандай ескерту шығады?""",
            ru="""## 2. Размер колеса: модуль и межосевое расстояние

Зубья двух колёс в зацеплении должны быть одного размера. Размер зуба задаёт **модуль** $m$ (мм). Делительный
диаметр колеса $d = m z$. Две делительные окружности касаются в одной точке, поэтому **межосевое расстояние** между
валами $a = (d_1 + d_2)/2 = m(z_1 + z_2)/2$. Если корпус редуктора уже готов, то $a$ и $m$ известны, а значит
известна и сумма зубьев: $z_1 + z_2 = 2a/m$.

У стандартного зуба с углом 20° у шестерни должно быть не меньше 17 зубьев, иначе ножка зуба подрезается и зуб
слабеет. Поставьте в лаборатории $z_1 = 12$: какое предупреждение появляется?""",
            en="""## 2. The size of a gear: module and centre distance

Two meshing gears must have teeth of the same size. The **module** $m$ (mm) sets the tooth size. The pitch
diameter of a gear is $d = m z$. The two pitch circles touch at one point, so the **centre distance** between the
shafts is $a = (d_1 + d_2)/2 = m(z_1 + z_2)/2$. When the gearbox housing is already made, $a$ and $m$ are known,
and so is the sum of the teeth: $z_1 + z_2 = 2a/m$.

With the standard 20° tooth the pinion needs at least 17 teeth, otherwise the root of the tooth is undercut and
the tooth gets weak. Set $z_1 = 12$ in the lab: which warning appears?"""),
        a.formula(r"$$d=m\,z,\qquad a=\frac{m\,(z_1+z_2)}{2},\qquad z_1+z_2=\frac{2a}{m}$$"),
        a.summary(
            kk="""## Қорытынды

* **Беріліс саны** $i = z_2/z_1$: доңғалақ шестернядан $i$ есе баяу және кері бағытта айналады.
* **Айналдыру моменті** $i$ есе артады, тек **пайдалы әсер коэффициенті** $\\eta \\approx 0{,}98$ шығынды ескереді:
  $T_2 = T_1 \\cdot i \\cdot \\eta$. Қуат артпайды.
* **Шестерня** — жетекші кіші доңғалақ; оның тістері кемінде 17 болуы керек.
* **Осьаралық қашықтық** $a = m(z_1 + z_2)/2$.""",
            ru="""## Итоги

* **Передаточное число** $i = z_2/z_1$: колесо вращается в $i$ раз медленнее шестерни и в обратную сторону.
* **Крутящий момент** растёт в $i$ раз, только **коэффициент полезного действия** $\\eta \\approx 0{,}98$ учитывает
  потери: $T_2 = T_1 \\cdot i \\cdot \\eta$. Мощность не растёт.
* **Шестерня** — ведущее малое колесо; у неё должно быть не меньше 17 зубьев.
* **Межосевое расстояние** $a = m(z_1 + z_2)/2$.""",
            en="""## Summary

* The **gear ratio** $i = z_2/z_1$: the wheel turns $i$ times slower than the pinion, the other way round.
* The **torque** grows $i$ times, and the **efficiency** $\\eta \\approx 0.98$ counts the loss:
  $T_2 = T_1 \\cdot i \\cdot \\eta$. The power does not grow.
* The **pinion** is the small driving gear; it needs at least 17 teeth.
* The **centre distance** is $a = m(z_1 + z_2)/2$."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Беріліс саны 3 болатын жұп айналуды ... есе баяулатады және айналдыру моментін шамамен
   ... есе арттырады, себебі ...».
2. Зауытта немесе үйде тағы қай жерде тісті берілістер қозғалтқышты баяулатады?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Пара с передаточным числом 3 замедляет вращение в ... раза и увеличивает крутящий
   момент примерно в ... раза, потому что ...».
2. Где ещё на заводе или дома зубчатые передачи замедляют двигатель?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "A pair with gear ratio 3 makes the rotation ... times slower and the torque about ...
   times larger, because ..."
2. Where else, on the plant or at home, do gears slow a motor down?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: two stages and a quadratic equation -------------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Тісті берілістер, 2-сабақ. Екі саты және квадрат теңдеу

Жаңа желіде конвейер тағы 4 есе баяу жүруі керек: қозғалтқыштан конвейерге дейінгі жалпы беріліс саны 16.
Бір ғана жұппен мұны істеу үшін 19 тісті шестерняға 304 тісті доңғалақ керек болар еді, оның диаметрі 2,5 мм
модульде 760 мм — корпусқа сыймайды. Зауыттың жөндеу цехы тағы екі нәрсе сұрайды: қоймада бөлшек түрлері аз
болсын, ал шығыс білігі қозғалтқыштың білігімен бір түзуде жатсын. Бұл талаптардан квадрат теңдеу шығады.""",
            ru="""# Зубчатые передачи, урок 2. Две ступени и квадратное уравнение

На новой линии конвейер должен идти ещё в 4 раза медленнее: общее передаточное число от двигателя до конвейера
равно 16. Одной парой для этого к шестерне с 19 зубьями понадобилось бы колесо с 304 зубьями, диаметром 760 мм
при модуле 2,5 мм — оно не поместится в корпус. Ремонтный цех завода просит ещё о двух вещах: чтобы на складе было
меньше разных деталей и чтобы выходной вал лежал на одной прямой с валом двигателя. Из этих требований получается
квадратное уравнение.""",
            en="""# Gears, lesson 2. Two stages and a quadratic equation

On a new line the conveyor must run 4 times slower again: the overall ratio from the motor to the conveyor is 16.
With a single pair, a pinion of 19 teeth would need a wheel of 304 teeth, 760 mm across with a module of 2.5 mm:
it does not fit into the housing. The plant's maintenance shop asks for two more things: fewer different parts in
the store, and the output shaft on one line with the motor's shaft. These wishes lead to a quadratic equation."""),
        a.text(
            kk="""## 3. Екі сатылы редуктор

Редуктор **екі сатылы** болады: қозғалтқыш → 1-саты → аралық білік → 2-саты → конвейер. Сатылардың беріліс
сандары көбейтіледі: $i = i_1 \\cdot i_2$.

Шығыс білігі кіріс білігімен бір түзудің бойында жатса, редуктор **осьтес** деп аталады; аралық білік оларға
параллель. Конвейер жетектерінде осындай осьтес цилиндрлік редукторлар жиі қолданылады, артқы жетекті
автомобильдің механикалық беріліс қорабы да осылай жасалған. Алдыңғы жетекті автомобильдің екі білікті беріліс
қорабы осьтес емес: оның шығыс білігі кіріс білігінің жанында жатады. Осьтес редукторда екі сатының осьаралық
қашықтығы бірдей, демек екі сатыда да $z_1 + z_2 = S = 2a/m$.

Екі сатыны бірдей етсек (қоймада бөлшек түрі аз болады) және шестерняда $z$ тіс болса, доңғалақта $S - z$ тіс
болады, ал жалпы беріліс саны $\\left(\\frac{S - z}{z}\\right)^2 = i$, яғни $(S - z)^2 = i z^2$. Бұл —
**квадрат теңдеу**. Оның екі түбірі болады, бірақ тістер саны оң бүтін сан әрі кемінде 17, сондықтан түбірдің
біреуін ғана аламыз.

**Виет теоремасы**: $z^2 + pz + q = 0$ келтірілген теңдеуінің түбірлері үшін $z_1 + z_2 = -p$ және
$z_1 z_2 = q$. Түбірлерді осылай тез тексеруге болады.""",
            ru="""## 3. Двухступенчатый редуктор

Редуктор делают **двухступенчатым**: двигатель → 1-я ступень → промежуточный вал → 2-я ступень → конвейер.
Передаточные числа ступеней перемножаются: $i = i_1 \\cdot i_2$.

Если выходной вал лежит на одной прямой с входным, редуктор называют **соосным**; промежуточный вал параллелен им.
Такие соосные цилиндрические редукторы часто стоят в приводах конвейеров, так же устроена механическая коробка
передач заднеприводного автомобиля. Двухвальная коробка передач переднеприводного автомобиля не соосная: её
выходной вал лежит рядом с входным. В соосном редукторе у обеих ступеней одинаковое межосевое расстояние, а значит
у обеих $z_1 + z_2 = S = 2a/m$.

Если сделать обе ступени одинаковыми (на складе меньше разных деталей) и у шестерни $z$ зубьев, то у колеса
$S - z$ зубьев, а общее передаточное число $\\left(\\frac{S - z}{z}\\right)^2 = i$, то есть $(S - z)^2 = i z^2$.
Это **квадратное уравнение**. У него два корня, но число зубьев — целое положительное и не меньше 17, поэтому
мы берём только один из корней.

**Теорема Виета**: для корней приведённого уравнения $z^2 + pz + q = 0$ выполняется $z_1 + z_2 = -p$ и
$z_1 z_2 = q$. Так корни удобно проверять.""",
            en="""## 3. A two-stage gearbox

The gearbox gets **two stages**: motor → stage 1 → countershaft → stage 2 → conveyor. The ratios of the stages
multiply: $i = i_1 \\cdot i_2$.

When the output shaft lies on one line with the input shaft, the gearbox is **coaxial**; the countershaft runs
parallel to them. Conveyor drives often use such coaxial spur or helical gear units, and the manual gearbox of a
rear-wheel-drive car is built the same way. The two-shaft gearbox of a front-wheel-drive car is not coaxial: its
output shaft lies beside the input shaft. In a coaxial gearbox both stages have the same centre distance, so both
have $z_1 + z_2 = S = 2a/m$.

If both stages are identical (fewer different parts in the store) and the pinion has $z$ teeth, the wheel has
$S - z$ teeth and the overall ratio is $\\left(\\frac{S - z}{z}\\right)^2 = i$, that is $(S - z)^2 = i z^2$. This
is a **quadratic equation**. It has two roots, but a number of teeth is a positive whole number of at least 17,
so we take only one of them.

**Vieta's formulas**: the roots of $z^2 + pz + q = 0$ have sum $-p$ and product $q$. This is a quick way to
check roots."""),
        a.example(
            kk="""### 2-мысал

Корпуста $a = 100$ мм, модуль $m = 2{,}5$ мм, екі бірдей сатының жалпы беріліс саны 9 болуы керек. Сонда
$S = 2a/m = 80$, ал $(80 - z)^2 = 9z^2$ теңдеуі $z^2 + 20z - 800 = 0$ түріне келеді. Оның түбірлері 20 және
$-40$; Виет бойынша $20 + (-40) = -20$, $20 \\cdot (-40) = -800$. Шестерняда 20 тіс, доңғалақта 60 тіс.
Келесі ұяшық теңдеуді sympy көмегімен шешеді.""",
            ru="""### Пример 2

В корпусе $a = 100$ мм, модуль $m = 2{,}5$ мм, общее передаточное число двух одинаковых ступеней должно быть 9.
Тогда $S = 2a/m = 80$, а уравнение $(80 - z)^2 = 9z^2$ приводится к виду $z^2 + 20z - 800 = 0$. Его корни 20 и
$-40$; по Виету $20 + (-40) = -20$, $20 \\cdot (-40) = -800$. У шестерни 20 зубьев, у колеса 60. Следующая
ячейка решает уравнение с помощью sympy.""",
            en="""### Example 2

The housing has $a = 100$ mm, the module is $m = 2.5$ mm, and two identical stages must give an overall ratio
of 9. Then $S = 2a/m = 80$, and the equation $(80 - z)^2 = 9z^2$ becomes $z^2 + 20z - 800 = 0$. Its roots are 20
and $-40$; by Vieta, $20 + (-40) = -20$ and $20 \\cdot (-40) = -800$. The pinion has 20 teeth, the wheel 60. The
next cell solves the equation with sympy."""),
        a.code("""z = sp.Symbol("z")
S = gears.teeth_sum(100, 2.5)                  # z1 + z2 = 2a/m
equation = sp.Eq((S - z)**2, 9 * z**2)
quadratic = sp.expand(((S - z)**2 - 9 * z**2) / -8)   # z**2 + p*z + q
roots = sp.solve(equation, z)
print(equation, "->", quadratic, "= 0 ->", roots)
p, q = quadratic.coeff(z, 1), quadratic.coeff(z, 0)
print("Vieta:", sum(roots), "= -p =", -p, ";", roots[0] * roots[1], "= q =", q)
z_pinion = max(roots)
print(z_pinion, S - z_pinion, gears.teeth_for_identical_stages(100, 2.5, 9))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Бекзат былай дейді: «$-40$ түбірі шыққан екен, демек есептеуде қате бар». Келісесіз бе? $-40$ санын
$(80 - z)^2 = 9z^2$ теңдеуіне қойып тексеріңіз. Теңдеу дұрыс болса, неге бұл түбір тістер саны бола алмайды?""",
            ru="""### Верно ли?

Бекзат говорит: «Получился корень $-40$, значит в вычислениях ошибка». Согласны? Подставьте $-40$ в уравнение
$(80 - z)^2 = 9z^2$. Если уравнение верно, почему этот корень не может быть числом зубьев?""",
            en="""### Is it true?

Bekzat says: "We got the root $-40$, so there is a mistake in the calculation." Do you agree? Put $-40$ into the
equation $(80 - z)^2 = 9z^2$. If the equation holds, why can this root not be a number of teeth?"""),
        a.predict(
            kk="""### Алдымен бағалаңыз

Келесі зертханада редуктордың бірінші сатысын жобалайсыз: 1450 айн/мин қозғалтқыштан шамамен 290 айн/мин алу
керек, біліктер арасы 150 мм-ден аспасын. Жүгірткілерді қозғамас бұрын бағалаңыз: доңғалақта шестернядан
шамамен неше есе көп тіс болуы керек? Шестерняда 18 тіс болса, доңғалақта қанша? Модуль 3 мм болса, осьаралық
қашықтық 150 мм-ге сыя ма?""",
            ru="""### Сначала оцените

В следующей лаборатории вы проектируете первую ступень редуктора: от двигателя 1450 об/мин нужно получить около
290 об/мин, а валы должны быть не дальше 150 мм друг от друга. Прежде чем двигать ползунки, оцените: примерно во
сколько раз больше зубьев должно быть у колеса, чем у шестерни? Если у шестерни 18 зубьев, сколько у колеса?
Уложится ли межосевое расстояние в 150 мм при модуле 3 мм?""",
            en="""### Estimate first

In the next lab you design the first stage of the gearbox: from the 1450 rpm motor you need about 290 rpm, with the
shafts at most 150 mm apart. Before you move the sliders, estimate: about how many times more teeth does the wheel
need than the pinion? With 18 teeth on the pinion, how many on the wheel? Does the centre distance fit into 150 mm
with a module of 3 mm?"""),
        a.design_lab("""design_lab = gears.make_lab("first-stage")
design_lab"""),
        a.text(
            kk="""Тістер саны мен модульді барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз.
Бағалауыңыз расталды ма? Талаптарды орындайтын тағы бір жобаны табыңыз: олар немен ерекшеленеді?""",
            ru="""Подберите числа зубьев и модуль так, чтобы выполнялись все требования, и нажмите **Проверить проект**.
Подтвердилась ли ваша оценка? Найдите ещё один проект, который выполняет требования: чем они отличаются?""",
            en="""Choose the teeth and the module so that every requirement holds, and press **Check the design**. Was your
estimate right? Find another design that meets the requirements: how do the two differ?"""),
        a.summary(
            kk="""## Қорытынды

* Екі **саты** тізбектей жалғанса, беріліс сандары көбейтіледі: $i = i_1 \\cdot i_2$.
* **Осьтес** редукторда шығыс білігі кіріс білігімен бір түзуде жатады, екі сатының осьаралық қашықтығы бірдей.
* Екі бірдей саты $(S - z)^2 = i z^2$ **квадрат теңдеу** береді; тістер саны — оның оң, кемінде 17 болатын түбірі.
* **Виет теоремасы** түбірлерді тексереді: $z_1 + z_2 = -p$, $z_1 z_2 = q$.""",
            ru="""## Итоги

* **Ступень** — одна пара колёс; если две ступени соединены последовательно, передаточные числа перемножаются:
  $i = i_1 \\cdot i_2$.
* **Соосный** редуктор: выходной вал лежит на одной прямой с входным, у обеих ступеней одно межосевое расстояние.
* Две одинаковые ступени дают **квадратное уравнение** $(S - z)^2 = i z^2$; число зубьев — его положительный
  корень не меньше 17.
* **Теорема Виета** проверяет корни: $z_1 + z_2 = -p$, $z_1 z_2 = q$.""",
            en="""## Summary

* Two **stages** in series multiply their ratios: $i = i_1 \\cdot i_2$.
* In a **coaxial** gearbox the output shaft lies on one line with the input shaft, and both stages have the same
  centre distance.
* Two identical stages give the **quadratic equation** $(S - z)^2 = i z^2$; the number of teeth is its positive
  root of at least 17.
* **Vieta's formulas** check the roots: $z_1 + z_2 = -p$, $z_1 z_2 = q$."""),
        a.reflection(
            kk="""## Рефлексия

1. Квадрат теңдеудің екі түбірінің біреуін неге алып тастадыңыз? Мұндай жағдайды басқа қай есептерден көрдіңіз?
2. Редукторды жобалағанда қай талап ең қиын болды және неге?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Почему вы отбросили один из двух корней квадратного уравнения? В каких ещё задачах вы встречали такое?
2. Какое требование было самым трудным при проектировании редуктора и почему?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Why did you drop one of the two roots of the quadratic equation? In which other problems have you met this?
2. Which requirement was the hardest when you designed the gearbox, and why?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import gears

# [kk] формулалардың әріптері; оларға сан бермеңіз
# [ru] буквы формул; не присваивайте им чисел
# [en] the letters of the formulas; do not give them numbers
n1, z1, z2 = sp.symbols("n1 z1 z2", positive=True)
z = sp.Symbol("z")"""

N = "ureg.newton * ureg.meter"


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    n1, z1, z2 = sp.symbols("n1 z1 z2", positive=True)
    ratio_inverted = rules.wrong_answer(n1 * z2 / z1, code="ratio-inverted", message={
        "kk": "Беріліс саны төңкеріліп кеткен: тістері көп доңғалақ баяу айналады.",
        "ru": "Передаточное отношение перевёрнуто: колесо с большим числом зубьев вращается медленнее.",
        "en": "The ratio is upside down: the wheel with more teeth turns more slowly."})
    efficiency_forgotten = rules.wrong_answer(49 * 4 * ureg.newton * ureg.meter, code="efficiency-forgotten", message={
        "kk": "ПӘК-ті (η = 0,98) ескеруді ұмытпаңыз.",
        "ru": "Не забудьте учесть КПД (η = 0,98).",
        "en": "Remember the efficiency (η = 0.98)."})
    efficiency_once = rules.wrong_answer(49 * 16 * 0.98 * ureg.newton * ureg.meter, code="efficiency-once", message={
        "kk": "Әр сатының өз ПӘК-і бар: η екі рет көбейтіледі.",
        "ru": "У каждой ступени свой КПД: η умножается дважды.",
        "en": "Each stage has its own efficiency: η multiplies twice."})
    return {
        "n2": fingerprint(n1 * z1 / z2, mistakes=[ratio_inverted], salt=salt("n2")),
        "T_out": fingerprint(192.08 * ureg.newton * ureg.meter, rtol=0.005, mistakes=[efficiency_forgotten],
                             salt=salt("T_out")),
        "T_conveyor": fingerprint(752.95 * ureg.newton * ureg.meter, rtol=0.005, mistakes=[efficiency_once],
                                  salt=salt("T_conveyor")),
    }


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Конвейердің редукторы: беріліс саны және квадрат теңдеу

Конвейерді 1450 айн/мин асинхронды қозғалтқыш айналдырады, ал конвейерге баяу айналу және әлдеқайда үлкен
айналдыру моменті керек. Бұл тапсырмада сіз алдымен редуктордың бір сатысын есептейсіз, содан кейін квадрат
теңдеу шешіп, екі бірдей сатысы бар осьтес редукторды жобалайсыз, соңында зертханада бірінші сатыны таңдайсыз.
Уақыты — 45 минут.""",
            ru="""# Редуктор конвейера: передаточное число и квадратное уравнение

Конвейер приводит в движение асинхронный двигатель 1450 об/мин, а конвейеру нужно медленное вращение и намного
больший крутящий момент. В этом задании вы сначала рассчитаете одну ступень редуктора, затем, решив квадратное
уравнение, спроектируете соосный редуктор с двумя одинаковыми ступенями и, наконец, подберёте в лаборатории первую
ступень. Время — 45 минут.""",
            en="""# The conveyor's gearbox: gear ratios and a quadratic equation

A 1450 rpm induction motor drives the conveyor, but the conveyor needs slow rotation and a much larger torque. In
this assignment you first compute one stage of the gearbox, then design a coaxial gearbox with two identical stages
by solving a quadratic equation, and finally choose the first stage in the lab. Time: 45 minutes."""),
        a.formula(r"$$i=\frac{z_2}{z_1},\qquad n_2=\frac{n_1}{i},\qquad T_2=T_1\cdot i\cdot\eta,\qquad d=m\,z,"
                  r"\qquad a=\frac{m\,(z_1+z_2)}{2}$$"),
        a.text(
            kk="""Белгілеулер: $z_1$ — шестерня тістерінің саны, $z_2$ — жетектегі доңғалақ тістерінің саны, $i$ — беріліс саны,
$n_1, n_2$ — айналу жиілігі (айн/мин), $T_1, T_2$ — айналдыру моменті (Н·м), $\\eta$ — пайдалы әсер коэффициенті,
$m$ — модуль (мм), $d$ — бөлгіш диаметр, $a$ — осьаралық қашықтық.

**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `100 * ureg.rpm`,
`5 * ureg.newton * ureg.meter`. Жылдамдықты `ureg.rpm` бірлігімен беріңіз. Бірінші код ұяшығындағы `n1, z1, z2, z`
әріптеріне сан меншіктемеңіз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""Обозначения: $z_1$ — число зубьев шестерни, $z_2$ — число зубьев ведомого колеса, $i$ — передаточное число,
$n_1, n_2$ — частота вращения (об/мин), $T_1, T_2$ — крутящий момент (Н·м), $\\eta$ — коэффициент полезного
действия, $m$ — модуль (мм), $d$ — делительный диаметр, $a$ — межосевое расстояние.

**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `100 * ureg.rpm`,
`5 * ureg.newton * ureg.meter`. Частоту вращения давайте в `ureg.rpm`. Не присваивайте числа буквам
`n1, z1, z2, z` из первой ячейки кода. Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа.""",
            en="""Notation: $z_1$ is the number of teeth of the pinion, $z_2$ of the driven wheel, $i$ is the gear ratio,
$n_1, n_2$ are speeds (rpm), $T_1, T_2$ are torques (N·m), $\\eta$ is the efficiency, $m$ is the module (mm), $d$ the
pitch diameter and $a$ the centre distance.

**How to write answers.** Write a quantity with a unit through `ureg`: `100 * ureg.rpm`,
`5 * ureg.newton * ureg.meter`. Give speeds in `ureg.rpm`. Do not assign numbers to the letters `n1, z1, z2, z` of
the first code cell. Run the test cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Бір саты", ru="## Часть А. Одна ступень", en="## Part A. One stage"),
        a.task(1, 1, "A",
               kk="""Қозғалтқыш білігінде $z_1$ тісті шестерня минутына $n_1$ рет айналады, ол $z_2$ тісті доңғалақты айналдырады.
Шығыс жылдамдығын $n_2$ әріптер арқылы sympy өрнегі ретінде жазыңыз: `n2 = ...` (`n1`, `z1`, `z2` әріптерімен;
жауаптың түрі, мысалы, `n1 * z2`, бірақ бұл жауап емес).""",
               ru="""Шестерня с $z_1$ зубьями на валу двигателя делает $n_1$ оборотов в минуту и вращает колесо с $z_2$ зубьями.
Запишите выходную частоту вращения $n_2$ как выражение sympy в буквах: `n2 = ...` (буквами `n1`, `z1`, `z2`;
форма ответа, например, `n1 * z2`, но это не ответ).""",
               en="""A pinion with $z_1$ teeth on the motor shaft makes $n_1$ revolutions per minute and drives a wheel with $z_2$
teeth. Write the output speed $n_2$ as a sympy expression in letters: `n2 = ...` (in `n1`, `z1`, `z2`; the form of
an answer is, for example, `n1 * z2`, which is not the answer)."""),
        a.answer("n2-formula", "n2 = n1 * z1 / z2", hint={
            "kk": "n2 = ...  (n1, z1, z2 арқылы sympy өрнегі)", "ru": "n2 = ...  (выражение sympy от n1, z1, z2)",
            "en": "n2 = ...  (a sympy expression in n1, z1, z2)"}),
        a.tests("n2-formula-test", 1, public=f"""assert isinstance(n2, sp.Expr), pick({{"kk": "n2 — n1, z1, z2 әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "n2 должно быть выражением sympy из n1, z1, z2.", "en": "n2 should be a sympy expression made of n1, z1, z2."}})
assert {{s.name for s in n2.free_symbols}} <= {{"n1", "z1", "z2"}}, pick({{"kk": "n2 өрнегінде тек n1, z1, z2 әріптері болуы керек.", "ru": "В выражении n2 могут быть только буквы n1, z1, z2.", "en": "n2 may use only the letters n1, z1, z2."}})
advise(self_check(n2, "{token['n2']}"))""", hidden="""require(compare(n2, "n1*z1/z2"))"""),

        a.task(2, 1, "A",
               kk="""Конвейер редукторында қозғалтқыш минутына 1450 рет айналады, шестерняда $z_1 = 19$ тіс, доңғалақта
$z_2 = 76$ тіс. Шығыс білігінің айналу жиілігін `n_out` айн/мин бірлігімен есептеңіз (`ureg.rpm`).""",
               ru="""В редукторе конвейера двигатель делает 1450 оборотов в минуту, у шестерни $z_1 = 19$ зубьев, у колеса
$z_2 = 76$ зубьев. Вычислите частоту вращения выходного вала `n_out` в об/мин (`ureg.rpm`).""",
               en="""In the conveyor gearbox the motor makes 1450 revolutions per minute, the pinion has $z_1 = 19$ teeth and the
wheel $z_2 = 76$ teeth. Compute the speed of the output shaft `n_out` in rpm (`ureg.rpm`)."""),
        a.answer("output-speed", "n_out = 1450 * 19 / 76 * ureg.rpm", before="# n_out = ... * ureg.rpm"),
        a.tests("output-speed-test", 1, public="""require(compare(n_out, "rpm", mode="dimension"))""",
                hidden="""require(compare(n_out, "362.5 rpm", mode="units", rtol=1e-3))"""),

        a.task(3, 2, "A",
               kk="""Қозғалтқыштың айналдыру моменті $T_1 = 49$ Н·м (7,5 кВт қозғалтқыш: $T = 9550 \\cdot 7{,}5/1450$). Сатының
пайдалы әсер коэффициенті $\\eta = 0{,}98$. Шығыс білігіндегі моментті `T_out` Н·м бірлігімен есептеңіз; 0,5 %
дәлдікпен есептелген жауап қабылданады.""",
               ru="""Крутящий момент двигателя $T_1 = 49$ Н·м (двигатель 7,5 кВт: $T = 9550 \\cdot 7{,}5/1450$). КПД ступени
$\\eta = 0{,}98$. Вычислите момент на выходном валу `T_out` в Н·м; принимается ответ с точностью до 0,5 %.""",
               en="""The motor torque is $T_1 = 49$ N·m (a 7.5 kW motor: $T = 9550 \\cdot 7.5/1450$). The stage's efficiency is
$\\eta = 0.98$. Compute the torque on the output shaft `T_out` in N·m; an answer within 0.5 % is accepted."""),
        a.answer("output-torque", f"T_out = 49 * 76 / 19 * 0.98 * {N}", before=f"# T_out = ... * {N}"),
        a.tests("output-torque-test", 2, public=f"""require(compare(T_out, "N*m", mode="dimension"))
advise(self_check(T_out, "{token['T_out']}"))""",
                hidden="""require(compare(T_out, "192.08 N*m", mode="units", rtol=0.005))"""),

        a.text(kk="## Ә бөлім. Екі сатылы осьтес редуктор", ru="## Часть Б. Двухступенчатый соосный редуктор",
               en="## Part B. A two-stage coaxial gearbox"),
        a.task(4, 2, "B",
               kk="""Жаңа желіде қозғалтқыштан конвейерге дейінгі жалпы беріліс саны 16, сондықтан редуктор екі сатылы:
сатылардың беріліс сандары көбейтіледі. `overall_ratio(stages)` функциясын жазыңыз: `stages` — `(z1, z2)`
жұптарының тізімі, әр сатыға бір жұп. Функция барлық $z_2/z_1$ қатынастарының көбейтіндісін `float` түрінде
қайтарсын; бос тізім үшін `1.0`. Мысалы, `overall_ratio([(19, 76), (20, 50)])` нәтижесі `10.0`.""",
               ru="""На новой линии общее передаточное число от двигателя до конвейера равно 16, поэтому редуктор двухступенчатый:
передаточные числа ступеней перемножаются. Напишите функцию `overall_ratio(stages)`: `stages` — список пар
`(z1, z2)`, по одной на ступень. Функция возвращает произведение всех отношений $z_2/z_1$ как `float`; для пустого
списка `1.0`. Например, `overall_ratio([(19, 76), (20, 50)])` даёт `10.0`.""",
               en="""On the new line the overall ratio from the motor to the conveyor is 16, so the gearbox has two stages: the
ratios of the stages multiply. Write the function `overall_ratio(stages)`: `stages` is a list of pairs `(z1, z2)`,
one per stage. It returns the product of all the ratios $z_2/z_1$ as a `float`; for an empty list, `1.0`. For
example, `overall_ratio([(19, 76), (20, 50)])` gives `10.0`."""),
        a.answer("overall-ratio", """def overall_ratio(stages):
    ratio = 1.0
    for z1, z2 in stages:
        ratio = ratio * z2 / z1
    return ratio""", hint={
            "kk": "def overall_ratio(stages): ... барлық сатылардың z2 / z1 көбейтіндісін қайтарыңыз",
            "ru": "def overall_ratio(stages): ... верните произведение z2 / z1 по всем ступеням",
            "en": "def overall_ratio(stages): ... return the product of z2 / z1 over the stages"}),
        a.tests("overall-ratio-test", 2, public="""assert callable(overall_ratio), pick({"kk": "overall_ratio — функция болуы керек (def overall_ratio(stages): ...).", "ru": "overall_ratio должна быть функцией (def overall_ratio(stages): ...).", "en": "overall_ratio should be a function (def overall_ratio(stages): ...)."})
require(compare(overall_ratio([(19, 76), (20, 50)]), 10.0, mode="numeric", rtol=1e-9))""", hidden="""from hypothesis import strategies as st
require(check_function(overall_ratio, gears.overall_ratio,
                       inputs=[[], [(19, 76)], [(76, 19)], [(17, 51), (20, 70), (13, 39)], [(24, 96), (24, 96)],
                               [(12, 12)], [(31, 97), (23, 89), (17, 113), (41, 43)]],
                       strategy=st.lists(st.tuples(st.integers(12, 150), st.integers(12, 150)), max_size=6),
                       max_examples=100))"""),

        a.task(5, 2, "B",
               kk="""Редуктор осьтес: шығыс білігі қозғалтқыш білігімен бір түзуде жатады, сондықтан екі сатының осьаралық
қашықтығы бірдей, $a = 120$ мм, модуль $m = 2$ мм. Екі саты бірдей: екеуінде де шестерняда $z$ тіс. Алдымен
$a = m(z_1+z_2)/2$ формуласынан доңғалақтың тістер санын $z$ арқылы өрнектеңіз. Екі бірдей сатының жалпы беріліс
саны $(z_2/z_1)^2$. «Жалпы беріліс саны 16-ға тең» шартын $z$ бойынша теңдеу етіп жазыңыз: `eq = sp.Eq(сол жағы,
оң жағы)`, мысалы, `sp.Eq(z**2, 4)` түрінде (бұл жауап емес). $0 < z < 120$ болғанда мәндес кез келген теңдеу
қабылданады.""",
               ru="""Редуктор соосный: выходной вал лежит на одной прямой с валом двигателя, поэтому у обеих ступеней одинаковое
межосевое расстояние, $a = 120$ мм, модуль $m = 2$ мм. Ступени одинаковые: у обеих шестерня с $z$ зубьями. Сначала
выразите из формулы $a = m(z_1+z_2)/2$ число зубьев колеса через $z$. Общее передаточное число двух одинаковых
ступеней равно $(z_2/z_1)^2$. Запишите условие «общее передаточное число равно 16» как уравнение относительно $z$:
`eq = sp.Eq(левая часть, правая часть)`, в виде, например, `sp.Eq(z**2, 4)` (это не ответ). Принимается любое
уравнение, равносильное при $0 < z < 120$.""",
               en="""The gearbox is coaxial: the output shaft lies on one line with the motor's shaft, so both stages have the same
centre distance, $a = 120$ mm, and module $m = 2$ mm. The stages are identical: each has a pinion with $z$ teeth.
First use $a = m(z_1+z_2)/2$ to express the wheel's number of teeth in terms of $z$. The overall ratio of two
identical stages is $(z_2/z_1)^2$. Write the condition "the overall ratio is 16" as an equation in $z$:
`eq = sp.Eq(left side, right side)`, in a form such as `sp.Eq(z**2, 4)` (not the answer). Any equation equivalent
for $0 < z < 120$ is accepted."""),
        a.answer("teeth-equation", "eq = sp.Eq((120 - z)**2, 16 * z**2)", hint={
            "kk": "eq = sp.Eq(..., ...)   (белгісіз — z)", "ru": "eq = sp.Eq(..., ...)   (неизвестная — z)",
            "en": "eq = sp.Eq(..., ...)   (the unknown is z)"}),
        a.tests("teeth-equation-test", 2, public="""assert isinstance(eq, sp.Equality), pick({"kk": "eq — sp.Eq(сол жағы, оң жағы) теңдеуі болуы керек.", "ru": "eq должно быть уравнением sp.Eq(левая часть, правая часть).", "en": "eq should be an equation sp.Eq(left side, right side)."})
assert {s.name for s in eq.free_symbols} == {"z"}, pick({"kk": "Теңдеуде тек бір белгісіз z болуы керек.", "ru": "В уравнении должна быть только одна неизвестная z.", "en": "The equation should have one unknown, z."})""",
                hidden="""def teeth_solutions(equation):
    \"\"\"The solutions of the equation between 0 and 120: equations equivalent there have the same ones.\"\"\"
    return {r for r in sp.solve(equation, z) if r.is_real and 0 < r < 120}
from curriculum.check import rules
require(compare(teeth_solutions(eq), {24}, rules=[
    rules.wrong_answer({40}, code="ratio-of-both-stages", message={
        "kk": "Теңдеуіңіз шестерняға 40 тіс береді: сонда доңғалақта 80 тіс, ал жалпы беріліс саны (80/40)² = 4, 16 емес. Екі сатының беріліс саны мен таңбаларды тексеріңіз.",
        "ru": "Ваше уравнение даёт шестерне 40 зубьев: тогда у колеса 80 зубьев, а общее передаточное число (80/40)² = 4, а не 16. Проверьте передаточное число двух ступеней и знаки.",
        "en": "Your equation gives the pinion 40 teeth: the wheel then has 80 and the overall ratio is (80/40)² = 4, not 16. Check the ratio of the two stages and the signs."}),
    rules.wrong_answer({sp.Rational(120, 17)}, code="one-stage-takes-all", message={
        "kk": "Теңдеуіңізде бір саты бүкіл беріліс санын (16) алады: екі осындай сатының жалпы беріліс саны 16² = 256. Бір сатының беріліс саны (z₂/z₁) болса, екеуінікі (z₂/z₁)².",
        "ru": "В вашем уравнении одна ступень получает всё передаточное число 16: у двух таких ступеней общее число 16² = 256. Если у одной ступени z₂/z₁, то у двух (z₂/z₁)².",
        "en": "In your equation one stage takes the whole ratio 16: two such stages give 16² = 256. If one stage has z₂/z₁, two have (z₂/z₁)²."}),
    rules.wrong_answer(set(), code="no-teeth-count", message={
        "kk": "Теңдеуіңіздің 0 мен 120 арасында шешімі жоқ: доңғалақтың тістер саны z-ке қалай тәуелді екенін тексеріңіз.",
        "ru": "У вашего уравнения нет решения между 0 и 120: проверьте, как число зубьев колеса зависит от z.",
        "en": "Your equation has no solution between 0 and 120: check how the wheel's number of teeth depends on z."})]))"""),

        a.task(6, 1, "B",
               kk="""Желінің тағы бір осьтес редукторында да екі бірдей саты бар: $z_1 + z_2 = 120$, жалпы беріліс саны 9,
сондықтан $(120 - z)^2 = 9z^2$. Осы теңдеуді шешіп, шестерняның тістер санын `z_pinion` (тістер саны бола алатын
түбір) және доңғалақтың тістер санын `z_wheel` табыңыз. Жауаптың түрі: `z_pinion, z_wheel = 10, 50` (бұл жауап
емес).""",
               ru="""В другом соосном редукторе линии тоже две одинаковые ступени: $z_1 + z_2 = 120$, общее передаточное число 9,
поэтому $(120 - z)^2 = 9z^2$. Решите это уравнение и найдите число зубьев шестерни `z_pinion` (корень, который
может быть числом зубьев) и число зубьев колеса `z_wheel`. Форма ответа: `z_pinion, z_wheel = 10, 50` (это не
ответ).""",
               en="""Another coaxial gearbox of the line also has two identical stages: $z_1 + z_2 = 120$ and overall ratio 9, so
$(120 - z)^2 = 9z^2$. Solve this equation and find the pinion's number of teeth `z_pinion` (the root that can be a
number of teeth) and the wheel's `z_wheel`. The form of the answer: `z_pinion, z_wheel = 10, 50` (not the
answer)."""),
        a.answer("teeth-counts", """roots = sp.solve(sp.Eq((120 - z)**2, 9 * z**2), z)
z_pinion = max(roots)
z_wheel = 120 - z_pinion""", before="# z_pinion, z_wheel = ..., ..."),
        a.tests("teeth-counts-test", 1, public="""assert float(z_pinion).is_integer() and float(z_wheel).is_integer(), pick({"kk": "Тістер саны бүтін сан болуы керек.", "ru": "Число зубьев должно быть целым.", "en": "A number of teeth is a whole number."})""",
                hidden="""require(compare(z_pinion, 30, mode="numeric", rtol=1e-9))
require(compare(z_wheel, 90, mode="numeric", rtol=1e-9))"""),

        a.task(7, 3, "C", locked_id="choose-root-prompt",
               kk="""5-тапсырманың шартын $z^2 + pz + q = 0$ түріне келтіріңіз (қадамдарын көрсетіңіз) және оның екі түбірін
жазыңыз. Қай түбір шестерняның тістер саны және неге екіншісі жарамайды? Түбірлерді Виет теоремасымен тексеріңіз
және шестерняның тіс түбі кесілмейтінін көрсетіңіз: 20° стандартты тісте кемінде 17 тіс керек. Жауапты төмендегі
ұяшыққа сөзбен және есептеулермен жазыңыз.""",
               ru="""Приведите условие задачи 5 к виду $z^2 + pz + q = 0$ (покажите шаги) и запишите оба его корня. Какой корень —
число зубьев шестерни и почему второй не подходит? Проверьте корни по теореме Виета и покажите, что у шестерни
не будет подрезания ножки зуба: у стандартного зуба с углом 20° нужно не меньше 17 зубьев. Напишите ответ словами
и с вычислениями в ячейке ниже.""",
               en="""Bring the condition of task 5 to the form $z^2 + pz + q = 0$ (show the steps) and write both of its roots.
Which root is the pinion's number of teeth, and why does the other not fit? Check the roots with Vieta's formulas
and show that the pinion is not undercut: a standard 20° tooth needs at least 17 teeth. Write your answer in words
and with calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: $(120 - z)^2 = 16z^2$ теңдеуі $z^2 + 16z - 960 = 0$ түріне келтірілді, қадамдары көрсетілген.
* 1 ұпай: түбірлері 24 және $-40$; $-40$ жарамайды, себебі тістер саны оң сан; доңғалақта $120 - 24 = 96$ тіс.
* 1 ұпай: Виет: $24 + (-40) = -16 = -p$, $24 \\cdot (-40) = -960 = q$; $24 \\ge 17$, тіс түбі кесілмейді.""",
                   "ru": """* 1 балл: уравнение $(120 - z)^2 = 16z^2$ приведено к виду $z^2 + 16z - 960 = 0$, шаги показаны.
* 1 балл: корни 24 и $-40$; $-40$ не подходит, потому что число зубьев положительно; у колеса $120 - 24 = 96$ зубьев.
* 1 балл: Виет: $24 + (-40) = -16 = -p$, $24 \\cdot (-40) = -960 = q$; $24 \\ge 17$, подрезания нет.""",
                   "en": """* 1 point: $(120 - z)^2 = 16z^2$ brought to $z^2 + 16z - 960 = 0$, with the steps shown.
* 1 point: the roots are 24 and $-40$; $-40$ is rejected because a number of teeth is positive; the wheel has
  $120 - 24 = 96$ teeth.
* 1 point: Vieta: $24 + (-40) = -16 = -p$ and $24 \\cdot (-40) = -960 = q$; $24 \\ge 17$, so no undercut."""}),
        a.written("choose-root", 3, """**Model answer (en).** $(120 - z)^2 = 16z^2$ gives $14400 - 240z + z^2 = 16z^2$, that is
$15z^2 + 240z - 14400 = 0$, and divided by 15: $z^2 + 16z - 960 = 0$. Its roots are $24$ and $-40$. A number of
teeth is positive, so $-40$ is rejected: the pinion has 24 teeth and the wheel $120 - 24 = 96$. Vieta:
$24 + (-40) = -16 = -p$ and $24 \\cdot (-40) = -960 = q$. And $24 \\ge 17$: the pinion is not undercut.

**Үлгі жауап (kk).** $(120 - z)^2 = 16z^2$ теңдеуінен $14400 - 240z + z^2 = 16z^2$, яғни
$15z^2 + 240z - 14400 = 0$, 15-ке бөлсек: $z^2 + 16z - 960 = 0$. Түбірлері $24$ және $-40$. Тістер саны оң,
сондықтан $-40$ жарамайды: шестерняда 24 тіс, доңғалақта $120 - 24 = 96$ тіс. Виет: $24 + (-40) = -16 = -p$ және
$24 \\cdot (-40) = -960 = q$. $24 \\ge 17$: тіс түбі кесілмейді.

**Образец ответа (ru).** Из $(120 - z)^2 = 16z^2$ получаем $14400 - 240z + z^2 = 16z^2$, то есть
$15z^2 + 240z - 14400 = 0$, и после деления на 15: $z^2 + 16z - 960 = 0$. Корни $24$ и $-40$. Число зубьев
положительно, поэтому $-40$ не подходит: у шестерни 24 зуба, у колеса $120 - 24 = 96$. Виет:
$24 + (-40) = -16 = -p$ и $24 \\cdot (-40) = -960 = q$. $24 \\ge 17$: подрезания нет."""),

        a.task(8, 2, "B",
               kk="""Сол 49 Н·м қозғалтқыш осы екі сатылы редукторды айналдырады, әр сатының пайдалы әсер коэффициенті
$\\eta = 0{,}98$. Конвейер білігіндегі моментті `T_conveyor` Н·м бірлігімен есептеңіз; 0,5 % дәлдікпен есептелген
жауап қабылданады.""",
               ru="""Тот же двигатель 49 Н·м вращает этот двухступенчатый редуктор, КПД каждой ступени $\\eta = 0{,}98$. Вычислите
момент на валу конвейера `T_conveyor` в Н·м; принимается ответ с точностью до 0,5 %.""",
               en="""The same 49 N·m motor drives this two-stage gearbox; each stage has efficiency $\\eta = 0.98$. Compute the
torque on the conveyor shaft `T_conveyor` in N·m; an answer within 0.5 % is accepted."""),
        a.answer("two-stage-torque", f"T_conveyor = 49 * (96 / 24) * 0.98 * (96 / 24) * 0.98 * {N}",
                 before=f"# T_conveyor = ... * {N}"),
        a.tests("two-stage-torque-test", 2, public=f"""require(compare(T_conveyor, "N*m", mode="dimension"))
advise(self_check(T_conveyor, "{token['T_conveyor']}"))""",
                hidden="""require(compare(T_conveyor, "752.95 N*m", mode="units", rtol=0.005))"""),

        a.text(kk="## Б бөлім. Бірінші сатыны жобалау", ru="## Часть В. Проект первой ступени",
               en="## Part C. Designing the first stage"),
        a.task(9, 2, "C",
               kk="""Конвейер жетегінің басқа редукторы үшін бірінші сатыны таңдаңыз: 1450 айн/мин, 49 Н·м қозғалтқыштан
290 айн/мин (±2 %) және кемінде 235 Н·м алу керек, біліктер арасы 150 мм-ден аспасын, шестерняда кемінде 17 тіс
болсын. Зертханада тістер саны мен модульді таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен
`design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Подберите первую ступень для другого редуктора привода конвейера: от двигателя 1450 об/мин, 49 Н·м нужно
получить 290 об/мин (±2 %) и не меньше 235 Н·м, валы должны быть не дальше 150 мм друг от друга, у шестерни не
меньше 17 зубьев. Подберите в лаборатории числа зубьев и модуль, нажмите **Проверить проект** и скопируйте в ячейку
ответа строку `design = {...}`, которую показывает лаборатория.""",
               en="""Choose the first stage of another conveyor gearbox: from the 1450 rpm, 49 N·m motor you need 290 rpm (±2 %)
and at least 235 N·m, with the shafts at most 150 mm apart and at least 17 teeth on the pinion. Choose the teeth and
the module in the lab, press **Check the design**, then copy the line `design = {...}` that the lab shows into the
answer cell."""),
        a.code("""gears.make_lab("first-stage")"""),
        a.answer("design", "design = {'z1': 18, 'z2': 90, 'm': 2.5}",
                 before="# design = {'z1': ..., 'z2': ..., 'm': ...}"),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {"z1", "z2", "m"} <= set(design), pick({"kk": "design = {'z1': ..., 'z2': ..., 'm': ...} (зертхана көрсететін жол)", "ru": "design = {'z1': ..., 'z2': ..., 'm': ...} (строка, которую показывает лаборатория)", "en": "design = {'z1': ..., 'z2': ..., 'm': ...} (the line the lab shows)"})
advise(check_design(design, gears.DESIGN_SPEC, model=gears.design_result))""",
                hidden="""require(check_design(design, gears.DESIGN_SPEC, model=gears.design_result))"""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "gears.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
