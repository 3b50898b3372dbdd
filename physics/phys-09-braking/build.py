"""Writes phys-09-braking's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-09-braking/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_phys_09_braking.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the tasks or comes from the lab's model (``curriculum.labs.braking``);
the module's test pins each one to the model.
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
MODULE = "phys-09-braking"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


# -- lesson 1: reaction distance and braking distance ---------------------------------------------------------

LESSON_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import braking"""


def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Тоқтау жолы, 1-сабақ. Реакция жолы және тежеу жолы

Қостанайдағы автомобиль зауытының сынақ трассасында әрбір жаңа модель **тежеу сынағынан** (brake test) өтеді.
Зауыт сынайтын норма, БҰҰ ЕЭК-тің № 13-H қағидасы, жеңіл автомобильдің 100 км/сағ жылдамдықтан 70 м ішінде
тоқтауын талап етеді, қашықтық жүргізуші педальды баса бастаған сәттен есептеледі. Ал нақты жолда жүргізуші
алдымен қауіпті байқауы керек. Жүргізуші кедергіні көрген сәттен бастап автомобиль толық тоқтағанға дейін қанша жол
жүреді? Екі есе жылдам келе жатқан автомобильге неге екі еседен әлдеқайда көп қашықтық керек?""",
            ru="""# Остановочный путь, урок 1. Путь реакции и тормозной путь

На испытательном треке автомобильного завода в Костанае каждая новая модель проходит **тормозные испытания**
(brake test). Норма, по которой испытывает завод, Правила ООН № 13-H, требует, чтобы легковой автомобиль
со скорости 100 км/ч останавливался в пределах 70 м, считая с момента, когда водитель начал нажимать педаль. А на
настоящей дороге водитель сначала должен заметить опасность. Какой путь проедет автомобиль с момента, когда водитель
увидел препятствие, до полной остановки? И почему автомобилю, который едет вдвое быстрее, нужно намного больше,
чем вдвое большее расстояние?""",
            en="""# Stopping distance, lesson 1. Reaction distance and braking distance

On the test track of the car plant in Kostanay every new model goes through a **brake test**. The norm the plant
tests against, UN Regulation No. 13-H, asks a passenger car braking from 100 km/h to stop within 70 m, counted from
the moment the driver begins to press the pedal. On a real road the driver first has to notice the danger. How far
does a car travel from the moment the driver sees an obstacle until it stands still? And why does a car going twice
as fast need much more than twice the distance?"""),
        a.text(
            kk="""## 1. Реакция жолы

Жүргізуші кедергіні көреді, оны түсінеді, аяғын газ педалінен тежегіш педальға ауыстырады. Бұған **реакция
уақыты** $t_r$ (reaction time) кетеді: зейінді жүргізушіде шамамен 0,7–1,5 с, біз $t_r = 1$ с аламыз. Осы уақыт
ішінде автомобиль әлі тежелмейді және $v$ жылдамдықпен бірқалыпты жүреді, сондықтан **реакция жолы** (reaction
distance):""",
            ru="""## 1. Путь реакции

Водитель видит препятствие, осознаёт его и переносит ногу с педали газа на педаль тормоза. На это уходит **время
реакции** $t_r$ (reaction time): у внимательного водителя примерно 0,7–1,5 с, мы берём $t_r = 1$ с. Всё это время
автомобиль ещё не тормозит и едет равномерно со скоростью $v$, поэтому **путь реакции** (reaction distance):""",
            en="""## 1. Reaction distance

The driver sees the obstacle, understands it and moves the foot from the accelerator to the brake pedal. This takes
the **reaction time** $t_r$: about 0.7–1.5 s for an attentive driver; we take $t_r = 1$ s. All this time the car does
not brake yet and moves uniformly at its speed $v$, so the **reaction distance** is"""),
        a.formula(r"$$s_r = v\,t_r$$"),
        a.text(
            kk="""## 2. Тежеу жолы

Тежеу кезінде дөңгелектер мен жолдың арасындағы үйкеліс күші $F = \\mu m g$ автомобильді тежейді, мұндағы $\\mu$ —
**үйкеліс коэффициенті** (friction coefficient): құрғақ асфальтта шамамен 0,7, ылғал асфальтта 0,5. Ньютонның
екінші заңы бойынша **баяулау** (deceleration) $a = F/m = \\mu g$: автомобильдің массасы қысқарады.
$v$ жылдамдықтан тоқтағанға дейінгі бірқалыпты кемімелі қозғалыс үшін $v^2 = 2 a s_b$, сондықтан **тежеу жолы**
(braking distance) және **тоқтау жолы** (stopping distance):""",
            ru="""## 2. Тормозной путь

При торможении автомобиль замедляет сила трения шин о дорогу $F = \\mu m g$, где $\\mu$ — **коэффициент трения**
(friction coefficient): около 0,7 на сухом асфальте и 0,5 на мокром. По второму закону Ньютона **замедление**
(deceleration) $a = F/m = \\mu g$: масса автомобиля сокращается. Для равнозамедленного движения от скорости $v$ до
остановки $v^2 = 2 a s_b$, поэтому **тормозной путь** (braking distance) и **остановочный путь** (stopping distance):""",
            en="""## 2. Braking distance

While the car brakes, the friction force between the tyres and the road, $F = \\mu m g$, slows it down; $\\mu$ is the
**friction coefficient**: about 0.7 on dry asphalt and 0.5 on wet asphalt. By Newton's second law the
**deceleration** is $a = F/m = \\mu g$: the car's mass cancels. For uniformly decelerated motion from the speed $v$
to rest, $v^2 = 2 a s_b$, so the **braking distance** and the **stopping distance** are"""),
        a.formula(r"$$a = \mu g, \qquad s_b = \frac{v^2}{2\mu g}, \qquad s = s_r + s_b = v\,t_r + \frac{v^2}{2\mu g}$$"),
        a.text(
            kk="""**Маңызды:** формулаларда жылдамдық м/с-пен алынады (1 км/сағ = 1000 м / 3600 с):

$$90\\ \\tfrac{\\text{км}}{\\text{сағ}} = \\frac{90 \\cdot 1000\\ \\text{м}}{3600\\ \\text{с}} = 25\\ \\tfrac{\\text{м}}{\\text{с}}$$""",
            ru="""**Важно:** в формулах скорость берётся в м/с (1 км/ч = 1000 м / 3600 с):

$$90\\ \\tfrac{\\text{км}}{\\text{ч}} = \\frac{90 \\cdot 1000\\ \\text{м}}{3600\\ \\text{с}} = 25\\ \\tfrac{\\text{м}}{\\text{с}}$$""",
            en="""**Important:** inside the formulas the speed is in m/s (1 km/h = 1000 m / 3600 s):

$$90\\ \\tfrac{\\text{km}}{\\text{h}} = \\frac{90 \\cdot 1000\\ \\text{m}}{3600\\ \\text{s}} = 25\\ \\tfrac{\\text{m}}{\\text{s}}$$"""),
        a.example(
            kk="""### 1-мысал

Сынақшы ылғал асфальтта ($\\mu = 0{,}5$) 90 км/сағ жылдамдықпен келеді, $t_r = 1$ с. Сонда $v = 25$ м/с,
$s_r = 25 \\cdot 1 = 25$ м, $s_b = \\dfrac{25^2}{2 \\cdot 0{,}5 \\cdot 9{,}81} \\approx 63{,}7$ м, барлығы
$s \\approx 88{,}7$ м: оның үштен екісінен астамы — тежеу жолы. Келесі ұяшық дәл осыны pint бірліктерімен және
зертхананың моделімен есептейді.""",
            ru="""### Пример 1

Испытатель едет по мокрому асфальту ($\\mu = 0{,}5$) со скоростью 90 км/ч, $t_r = 1$ с. Тогда $v = 25$ м/с,
$s_r = 25 \\cdot 1 = 25$ м, $s_b = \\dfrac{25^2}{2 \\cdot 0{,}5 \\cdot 9{,}81} \\approx 63{,}7$ м, всего
$s \\approx 88{,}7$ м: больше двух третей из них — тормозной путь. Следующая ячейка считает то же с единицами pint
и моделью лаборатории.""",
            en="""### Example 1

A test driver goes at 90 km/h on wet asphalt ($\\mu = 0.5$) with $t_r = 1$ s. Then $v = 25$ m/s,
$s_r = 25 \\cdot 1 = 25$ m, $s_b = \\dfrac{25^2}{2 \\cdot 0.5 \\cdot 9.81} \\approx 63.7$ m, and in all
$s \\approx 88.7$ m: more than two thirds of it is braking. The next cell computes the same with pint units and with
the lab's model."""),
        a.code("""v_car = (90 * ureg("km/h")).to("m/s")
t_reaction = 1.0 * ureg.s
g_earth = 9.81 * ureg("m/s^2")
mu_wet = 0.5

s_reaction = (v_car * t_reaction).to("m")
s_braking = (v_car**2 / (2 * mu_wet * g_earth)).to("m")
s_total = s_reaction + s_braking
print(f"{v_car:~P}:  {s_reaction:.1f~P} + {s_braking:.1f~P} = {s_total:.1f~P}")
# [kk] зертхананың моделі де осы санды береді:
# [ru] то же число даёт модель лаборатории:
# [en] the lab's model gives the same number:
print(braking.stopping_distance(90, "wet", 1.0))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана сынақ трассасын көрсетеді: автомобиль, жүргізуші кедергіні көрген жер, реакция жолы (көк) және тежеу жолы
(қызғылт сары), ал төменде — сол қашықтықтар әр жылдамдық үшін. Іске қоспас бұрын дәптерге жауап беріңіз:

1. Құрғақ асфальтта автомобиль алдымен 60 км/сағ, сосын 120 км/сағ жылдамдықпен келеді. Реакция жолы неше есе
   ұзарады? Ал тежеу жолы ше?
2. ▶ батырмасы автомобильді тоқтағанша жүргізеді. Тоқтау уақытының жартысы өткенде автомобиль тоқтау жолының
   жартысын жүрді ме, одан көп пе, әлде аз ба?""",
            ru="""### Сначала предскажите

Лаборатория показывает испытательный трек: автомобиль, место, где водитель увидел препятствие, путь реакции
(синий) и тормозной путь (оранжевый), а ниже — те же расстояния для каждой скорости. Прежде чем её запустить,
ответьте в тетради:

1. По сухому асфальту автомобиль едет сначала со скоростью 60 км/ч, потом 120 км/ч. Во сколько раз удлинится путь
   реакции? А тормозной путь?
2. Кнопка ▶ ведёт автомобиль до остановки. Когда прошла половина времени остановки, проехал ли автомобиль половину
   остановочного пути, больше или меньше?""",
            en="""### Predict first

The lab shows the test track: the car, where the driver saw the obstacle, the reaction distance (blue) and the
braking distance (orange), and below it the same distances for every speed. Before you start it, answer in your
notebook:

1. On dry asphalt the car goes first at 60 km/h, then at 120 km/h. How many times longer does the reaction distance
   get? And the braking distance?
2. The ▶ button drives the car until it stops. When half of the stopping time has passed, has the car covered half
   of its stopping distance, more, or less?"""),
        a.lab("""lab = braking.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. Құрғақ асфальтты және 60 км/сағ таңдаңыз, сосын 120 км/сағ қойыңыз. Болжамыңыз расталды ма? Екі қашықтықты
   жолдың суретінен де, графиктен де оқыңыз.
2. ▶ батырмасын басыңыз (немесе уақыт жүгірткісін 50 %-ға қойыңыз). Тоқтау уақытының жартысында автомобиль қай
   жерде? Неге ол жолдың көп бөлігін уақыттың бірінші жартысында жүріп өтеді?
3. Тежеу сынағының нормасы қашықтықты педаль басылған сәттен есептейді, яғни тежеу жолын. Құрғақ асфальт пен
   100 км/сағ қойыңыз: тежеу жолы норманың 70 м-іне сыя ма?""",
            ru="""### Исследуйте

1. Выберите сухой асфальт и 60 км/ч, затем поставьте 120 км/ч. Подтвердились ли предсказания? Прочитайте оба
   расстояния и на рисунке дороги, и на графике.
2. Нажмите ▶ (или поставьте ползунок времени на 50 %). Где автомобиль через половину времени остановки? Почему
   бо́льшую часть пути он проезжает за первую половину времени?
3. Норма тормозных испытаний считает путь с момента нажатия педали, то есть тормозной путь. Поставьте сухой асфальт
   и 100 км/ч: укладывается ли тормозной путь в 70 м нормы?""",
            en="""### Explore

1. Choose dry asphalt and 60 km/h, then set 120 km/h. Were your predictions right? Read both distances on the
   picture of the road and on the plot.
2. Press ▶ (or move the time slider to 50 %). Where is the car at half of the stopping time? Why does it cover most
   of the way in the first half of the time?
3. The norm of the brake test counts from the moment the pedal is pressed, that is, the braking distance. Set dry
   asphalt and 100 km/h: does the braking distance fit into the norm's 70 m?"""),
        a.misconception(
            kk="""### Дұрыс па?

Болат былай дейді: «Жүк тиелген автомобиль ауыр, сондықтан оның тежеу жолы ұзағырақ». Біздің модельде дөңгелектер
үйкелістің шегінде тежейді. Құрғақ асфальтта 1200 кг автомобильдің және сол автомобиль жүк тиеліп 2000 кг болғандағы
баяулауын есептеңіз. Тежеу жолы массаға тәуелді ме? Төмендегі ұяшық тексереді. (Шынында да қатты жүктелген көлік
ұзағырақ тоқтауы мүмкін, егер оның тежегіштері дөңгелектің бар ілінісуін пайдалана алмаса; бірақ үйкеліс шегі
$a = \\mu g$ массаға тәуелді емес.)""",
            ru="""### Верно ли?

Болат говорит: «Загруженный автомобиль тяжелее, поэтому его тормозной путь длиннее». В нашей модели шины тормозят на
пределе трения. Вычислите замедление автомобиля массой 1200 кг и того же автомобиля, загруженного до 2000 кг, на
сухом асфальте. Зависит ли тормозной путь от массы? Ячейка ниже проверяет. (Сильно загруженная машина в жизни может
остановиться дальше, если её тормоза не используют всё сцепление шин; но сам предел трения $a = \\mu g$ от массы не
зависит.)""",
            en="""### Is it true?

Bolat says: "A loaded car is heavier, so its braking distance is longer." In our model the tyres brake at the limit
of friction. Compute the deceleration of a 1200 kg car and of the same car loaded to 2000 kg on dry asphalt. Does the
braking distance depend on the mass? The cell below checks. (A heavily loaded vehicle can still stop longer in
reality, when its brakes cannot use all of the tyres' grip; but the friction limit $a = \\mu g$ itself does not
depend on the mass.)"""),
        a.code("""mu_dry = 0.7
for m_car in (1200, 2000):
    m = m_car * ureg.kg
    F = mu_dry * m * g_earth
    a = (F / m).to("m/s^2")
    print(f"m = {m:~P}:  F = {F.to('kN'):.2f~P},  a = F/m = {a:.3f~P}")""", role="misconception"),
        a.summary(
            kk="""## Қорытынды

* **Тоқтау жолы** = **реакция жолы** + **тежеу жолы**: $s = v\\,t_r + \\dfrac{v^2}{2\\mu g}$.
* **Реакция уақыты** $t_r$ ішінде (шамамен 1 с) автомобиль тежелмейді: $s_r = v\\,t_r$ жылдамдыққа пропорционал.
* Дөңгелектер $a = \\mu g$ **баяулаумен** тежейді, оны масса емес, **үйкеліс коэффициенті** $\\mu$ анықтайды;
  тежеу жолы жылдамдықтың квадратына пропорционал.
* **Тежеу сынағы** автомобильдің берілген жылдамдықтан қанша жерде тоқтайтынын өлшейді; норма қашықтықты педаль
  басылған сәттен есептейді.""",
            ru="""## Итоги

* **Остановочный путь** = **путь реакции** + **тормозной путь**: $s = v\\,t_r + \\dfrac{v^2}{2\\mu g}$.
* За **время реакции** $t_r$ (около 1 с) автомобиль не тормозит: $s_r = v\\,t_r$ пропорционален скорости.
* Шины тормозят автомобиль; его **замедление** $a = \\mu g$ задаёт **коэффициент трения** $\\mu$, а не масса;
  тормозной путь пропорционален квадрату скорости.
* **Тормозные испытания** измеряют, где останавливается автомобиль с заданной скорости; норма считает путь
  с момента нажатия педали.""",
            en="""## Summary

* The **stopping distance** is the **reaction distance** plus the **braking distance**:
  $s = v\\,t_r + \\dfrac{v^2}{2\\mu g}$.
* During the **reaction time** $t_r$ (about 1 s) the car does not brake: $s_r = v\\,t_r$ is proportional to the
  speed.
* The tyres brake with the **deceleration** $a = \\mu g$, set by the **friction coefficient** $\\mu$, not by the
  mass; the braking distance is proportional to the square of the speed.
* A **brake test** measures where a car stops from a given speed; the norm counts from the moment the pedal is
  pressed."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Жылдамдық екі есе артса, реакция жолы ... есе, ал тежеу жолы ... есе ұзарады, себебі ...».
2. Қалада 50 км/сағ жылдамдықта қайсысы маңыздырақ деп ойлайсыз: реакция жолы ма, тежеу жолы ма? Ал трассада
   110 км/сағ жылдамдықта ше?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «При вдвое большей скорости путь реакции удлиняется в ... раза, а тормозной путь — в ...
   раза, потому что ...».
2. Что, по-вашему, важнее в городе при 50 км/ч: путь реакции или тормозной путь? А на трассе при 110 км/ч?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "At twice the speed the reaction distance gets ... times longer and the braking distance ...
   times longer, because ..."
2. Which do you think matters more in town at 50 km/h: the reaction distance or the braking distance? And on a
   motorway at 110 km/h?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the road surface and the safe speed ------------------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Тоқтау жолы, 2-сабақ. Жол беті және қауіпсіз жылдамдық

Қостанайда жол қыста бірнеше ай бойы қар мен мұзбен жабылады. Зауыттың сынақ трассасында ылғал бөлік пен мұзды
бөлік бар, инженерлер мынаны сұрайды: мұзда автомобильге тоқтау үшін неше есе ұзақ қашықтық керек, және алдағы
белгілі қашықтықта кенеттен пайда болған кедергіге дейін тоқтап үлгеру үшін жүргізуші қандай жылдамдықпен жүруі
керек?""",
            ru="""# Остановочный путь, урок 2. Дорожное покрытие и безопасная скорость

В Костанае зимой дороги несколько месяцев покрыты снегом и льдом. На испытательном треке завода есть мокрый участок
и обледенелый участок, и инженеры спрашивают: во сколько раз больше расстояния нужно автомобилю, чтобы остановиться
на льду, и с какой скоростью может ехать водитель, чтобы успеть остановиться перед препятствием, которое внезапно
появляется на заданном расстоянии впереди?""",
            en="""# Stopping distance, lesson 2. The road surface and the safe speed

In Kostanay the roads are covered with snow and ice for months every winter. The plant's test track has a wet
section and an icy section, and the engineers ask: how many times longer a distance does a car need to stop on ice,
and how fast may a driver go to still stop before an obstacle that suddenly appears a given distance ahead?"""),
        a.text(
            kk="""## 3. Жол беті

Үйкеліс коэффициенті дөңгелекке, **жол бетіне** (road surface) және ауа райына байланысты. Дұрыс шиналары бар
жеңіл автомобильге арналған әдеттегі мәндер (дөңгелектелген; нақты мән шинаның тозуына, температураға және
жолдың күйіне қарай өзгереді):

| жол беті | $\\mu$ | әдеттегі аралық |
|---|---|---|
| құрғақ асфальт, `"dry"` | 0,7 | 0,7–0,9 |
| ылғал асфальт, `"wet"` | 0,5 | 0,4–0,6 |
| тапталған қар, `"snow"` | 0,2 | 0,15–0,3 |
| мұз, `"ice"` | 0,1 | 0,05–0,15 |""",
            ru="""## 3. Дорожное покрытие

Коэффициент трения зависит от шин, **дорожного покрытия** (road surface) и погоды. Типичные значения для легкового
автомобиля с исправными шинами (округлённые; реальное значение меняется с износом шин, температурой и состоянием
дороги):

| дорожное покрытие | $\\mu$ | типичный диапазон |
|---|---|---|
| сухой асфальт, `"dry"` | 0,7 | 0,7–0,9 |
| мокрый асфальт, `"wet"` | 0,5 | 0,4–0,6 |
| укатанный снег, `"snow"` | 0,2 | 0,15–0,3 |
| лёд, `"ice"` | 0,1 | 0,05–0,15 |""",
            en="""## 3. The road surface

The friction coefficient depends on the tyres, the **road surface** and the weather. Typical values for a passenger
car with good tyres (rounded; the real value changes with tyre wear, temperature and the state of the road):

| road surface | $\\mu$ | typical range |
|---|---|---|
| dry asphalt, `"dry"` | 0.7 | 0.7–0.9 |
| wet asphalt, `"wet"` | 0.5 | 0.4–0.6 |
| packed snow, `"snow"` | 0.2 | 0.15–0.3 |
| ice, `"ice"` | 0.1 | 0.05–0.15 |"""),
        a.example(
            kk="""### 2-мысал

Сол сынақ, 90 км/сағ және $t_r = 1$ с, әр жол бетінде. Реакция жолы, 25 м, барлық жерде бірдей; тежеу жолы
$1/\\mu$-ге пропорционал. Келесі ұяшық төртеуін де есептейді.""",
            ru="""### Пример 2

То же испытание, 90 км/ч и $t_r = 1$ с, на каждом покрытии. Путь реакции, 25 м, везде одинаков; тормозной путь
пропорционален $1/\\mu$. Следующая ячейка считает все четыре.""",
            en="""### Example 2

The same test, 90 km/h and $t_r = 1$ s, on each surface. The reaction distance, 25 m, is the same everywhere; the
braking distance is proportional to $1/\\mu$. The next cell computes all four."""),
        a.code("""for surface, mu_value in braking.SURFACES.items():
    v_ms = braking.kmh_to_ms(90)
    s_reaction = braking.reaction_distance(v_ms, 1.0)
    s_braking = braking.braking_distance(v_ms, mu_value)
    name = pick(braking.SURFACE_NAMES[surface])
    print(f"{name:16} mu = {mu_value}:  {s_reaction:.1f} + {s_braking:.1f} = {s_reaction + s_braking:.1f}",
          pick({"kk": "м", "ru": "м", "en": "m"}))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Айгерім былай дейді: «Мұзда $\\mu$ құрғақ асфальттағыдан 7 есе кіші, сондықтан 90 км/сағ кезінде автомобильге тоқтау
үшін 7 есе ұзақ қашықтық керек. Ал құрғақ жолдағы қашықтықта тоқтау үшін $\\sqrt{7} \\approx 2{,}6$ есе баяу, яғни
34 км/сағ жылдамдықпен жүру керек». Екі тұжырымды да төмендегі ұяшықпен тексеріңіз. Тоқтау жолының қай бөлігі 7 есе
ұзарады, ал қай бөлігі жол бетіне мүлдем тәуелді емес?""",
            ru="""### Верно ли?

Айгерим говорит: «На льду $\\mu$ в 7 раз меньше, чем на сухом асфальте, поэтому при 90 км/ч автомобилю нужно в
7 раз больше расстояния, чтобы остановиться. А чтобы остановиться на том же расстоянии, что на сухой дороге, нужно
ехать в $\\sqrt{7} \\approx 2{,}6$ раза медленнее, то есть 34 км/ч». Проверьте оба утверждения ячейкой ниже. Какая
часть остановочного пути удлиняется в 7 раз, а какая совсем не зависит от покрытия?""",
            en="""### Is it true?

Aigerim says: "On ice $\\mu$ is 7 times smaller than on dry asphalt, so at 90 km/h the car needs 7 times the
distance to stop. And to stop within the dry-road distance I must go $\\sqrt{7} \\approx 2.6$ times slower, at
34 km/h." Check both claims with the cell below. Which part of the stopping distance gets 7 times longer, and which
does not depend on the road at all?"""),
        a.code("""dry = braking.stopping_distance(90, "dry")
ice = braking.stopping_distance(90, "ice")
print("s_dry =", round(dry, 1), "; s_ice =", round(ice, 1), "; s_ice / s_dry =", round(ice / dry, 2))
v_ice = braking.max_speed_kmh(dry, "ice")
print("v_ice =", round(v_ice, 1), "; 90 / v_ice =", round(90 / v_ice, 2))
v_root7 = 90 / 7**0.5
print("90 / sqrt(7) =", round(v_root7, 1), "; s_ice =", round(braking.stopping_distance(v_root7, "ice"), 1))""",
               role="misconception"),
        a.text(
            kk="""## 4. Керісінше: қауіпсіз жылдамдық

Кедергі $d$ қашықтықта пайда болуы мүмкін болса, автомобиль сол қашықтықта тоқтауы керек:
$v\\,t_r + \\dfrac{v^2}{2\\mu g} = d$. Екі жағын $2\\mu g$-ге көбейтсек, **квадрат теңдеу** (quadratic equation)
шығады:

$$v^2 + 2\\mu g\\,t_r\\,v - 2\\mu g\\,d = 0.$$

Түбірлерінің көбейтіндісі $-2\\mu g\\,d < 0$, сондықтан бір түбірі оң, екіншісі теріс: жылдамдық тек оң түбір
бола алады.""",
            ru="""## 4. Обратная задача: безопасная скорость

Если препятствие может появиться на расстоянии $d$, автомобиль должен остановиться на нём:
$v\\,t_r + \\dfrac{v^2}{2\\mu g} = d$. Умножив обе части на $2\\mu g$, получаем **квадратное уравнение** (quadratic
equation):

$$v^2 + 2\\mu g\\,t_r\\,v - 2\\mu g\\,d = 0.$$

Произведение его корней равно $-2\\mu g\\,d < 0$, поэтому один корень положителен, другой отрицателен: скоростью
может быть только положительный корень.""",
            en="""## 4. The other way round: the safe speed

If an obstacle can appear a distance $d$ ahead, the car must stop within it: $v\\,t_r + \\dfrac{v^2}{2\\mu g} = d$.
Multiplying both sides by $2\\mu g$ gives a **quadratic equation**:

$$v^2 + 2\\mu g\\,t_r\\,v - 2\\mu g\\,d = 0.$$

The product of its roots is $-2\\mu g\\,d < 0$, so one root is positive and the other negative: only the positive
root can be a speed."""),
        a.example(
            kk="""### 3-мысал

Тапталған қар ($\\mu = 0{,}2$), $t_r = 1$ с, кедергі 40 м алда: $v^2 + 3{,}924\\,v - 156{,}96 = 0$, оның оң түбірі
$v \\approx 10{,}7$ м/с $\\approx 38{,}6$ км/сағ. Келесі ұяшық теңдеуді sympy көмегімен шешеді.""",
            ru="""### Пример 3

Укатанный снег ($\\mu = 0{,}2$), $t_r = 1$ с, препятствие в 40 м впереди: $v^2 + 3{,}924\\,v - 156{,}96 = 0$, его
положительный корень $v \\approx 10{,}7$ м/с $\\approx 38{,}6$ км/ч. Следующая ячейка решает уравнение с помощью sympy.""",
            en="""### Example 3

Packed snow ($\\mu = 0.2$), $t_r = 1$ s, an obstacle 40 m ahead: $v^2 + 3.924\\,v - 156.96 = 0$, whose positive root
is $v \\approx 10.7$ m/s $\\approx 38.6$ km/h. The next cell solves the equation with sympy."""),
        a.code("""v, t_r, mu, g, d = sp.symbols("v t_r mu g d", positive=True)
roots = sp.solve(sp.Eq(v * t_r + v**2 / (2 * mu * g), d), v)
v_safe = roots[0]
display(v_safe)
v_snow = float(v_safe.subs({t_r: 1.0, mu: 0.2, g: 9.81, d: 40}))
print(round(v_snow, 2), pick({"kk": "м/с", "ru": "м/с", "en": "m/s"}), "=", round(v_snow * 3.6, 1),
      pick({"kk": "км/сағ", "ru": "км/ч", "en": "km/h"}))
# [kk] зертхананың моделі де осыны береді:
# [ru] модель лаборатории даёт то же:
# [en] the lab's model gives the same:
print(braking.max_speed_kmh(40, "snow", 1.0))""", role="example"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Жобалау тапсырмасында кедергі ылғал бөлікте 40 м алда пайда болады; жүргізуші кемінде 50 км/сағ жылдамдықпен
жүруі керек, ал реакция уақытын 1 с-тан аз деп алуға болмайды. Жүгірткілерді қозғамас бұрын бағалаңыз: қарда 40 м
үшін қауіпсіз жылдамдық шамамен 39 км/сағ еді (3-мысал). Ылғал асфальтта ол 50 км/сағ-тан жоғары ма, төмен бе?
70 км/сағ-тан ше? Бағалауыңызды жазып қойыңыз.""",
            ru="""### Сначала оцените

В проектном задании препятствие появляется на мокром участке в 40 м впереди; водитель должен ехать не медленнее
50 км/ч, а время реакции нельзя брать меньше 1 с. Прежде чем двигать ползунки, оцените: на снегу безопасная скорость
для 40 м была около 39 км/ч (пример 3). Будет ли она на мокром асфальте выше или ниже 50 км/ч? А 70 км/ч? Запишите
свою оценку.""",
            en="""### Estimate first

In the design task an obstacle appears 40 m ahead on the wet section; the driver must go at least 50 km/h, and the
reaction time may not be taken below 1 s. Before you move the sliders, estimate: on snow the safe speed for 40 m was
about 39 km/h (example 3). Is it above or below 50 km/h on wet asphalt? Above or below 70 km/h? Write your estimate
down."""),
        a.design_lab("""design_lab = braking.make_lab("wet-40")
design_lab"""),
        a.text(
            kk="""Жылдамдық пен реакция уақытын барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын
▶ батырмасын басыңыз: автомобиль кедергіге жетпей тоқтай ма? Жүргізуші ең көбі қандай жылдамдықпен жүре алады?
Бағалауыңыз расталды ма? Реакция уақытын неге 1 с-тан қысқа деп алуға болмайды?""",
            ru="""Подберите скорость и время реакции так, чтобы выполнялись все требования, нажмите **Проверить проект**, затем ▶:
останавливается ли автомобиль, не доехав до препятствия? С какой наибольшей скоростью может ехать водитель?
Подтвердилась ли ваша оценка? Почему время реакции нельзя брать короче 1 с?""",
            en="""Choose the speed and the reaction time so that every requirement holds, press **Check the design**, then ▶: does
the car stop before the obstacle? How fast may the driver go at most? Was your estimate right? Why may the reaction
time not be taken shorter than 1 s?"""),
        a.summary(
            kk="""## Қорытынды

* **Үйкеліс коэффициенті** **жол бетіне** тәуелді: құрғақ асфальтта шамамен 0,7, ылғалда 0,5, тапталған қарда 0,2,
  мұзда 0,1.
* Бірдей жылдамдықта тежеу жолы $\\mu$ неше есе кіші болса, сонша есе ұзын: мұзда құрғақ асфальттағыдан 7 есе ұзын.
  Реакция жолы жол бетіне тәуелді емес, сондықтан 90 км/сағ кезінде **тоқтау жолы** 4,9 есе ғана ұзарады.
* 90 км/сағ кезіндегі құрғақ жолдың қашықтығында (70,5 м) тоқтау үшін мұзда тек 39 км/сағ жылдамдықпен, яғни
  2,3 есе баяу жүруге болады; $\\sqrt{7} \\approx 2{,}6$ тек тежеу жолына қатысты.
* $d$ қашықтық үшін қауіпсіз жылдамдық — $v^2 + 2\\mu g\\,t_r\\,v - 2\\mu g\\,d = 0$ **квадрат теңдеуінің** оң
  түбірі.""",
            ru="""## Итоги

* **Коэффициент трения** зависит от того, каково **дорожное покрытие**: около 0,7 на сухом асфальте, 0,5 на
  мокром, 0,2 на укатанном снегу, 0,1 на льду.
* При той же скорости тормозной путь во столько раз длиннее, во сколько раз меньше $\\mu$: на льду в 7 раз длиннее,
  чем на сухом асфальте. Путь реакции от покрытия не зависит, поэтому **остановочный путь** при 90 км/ч длиннее
  только в 4,9 раза.
* Чтобы остановиться на расстоянии сухой дороги при 90 км/ч (70,5 м), по льду можно ехать только 39 км/ч, то есть в
  2,3 раза медленнее; $\\sqrt{7} \\approx 2{,}6$ верно только для тормозного пути.
* Безопасная скорость для расстояния $d$ — положительный корень уравнения $v^2 + 2\\mu g\\,t_r\\,v - 2\\mu g\\,d = 0$;
  это **квадратное уравнение**.""",
            en="""## Summary

* The **friction coefficient** depends on the **road surface**: about 0.7 on dry asphalt, 0.5 wet, 0.2 on packed
  snow, 0.1 on ice.
* At the same speed the braking distance is as many times longer as $\\mu$ is smaller: on ice 7 times longer than
  on dry asphalt. The reaction distance does not depend on the road, so at 90 km/h the **stopping distance** is only
  4.9 times longer.
* To stop within the dry-road distance at 90 km/h (70.5 m), on ice you may go only 39 km/h, 2.3 times slower;
  $\\sqrt{7} \\approx 2.6$ holds for the braking distance alone.
* The safe speed for a distance $d$ is the positive root of the **quadratic equation**
  $v^2 + 2\\mu g\\,t_r\\,v - 2\\mu g\\,d = 0$."""),
        a.reflection(
            kk="""## Рефлексия

1. Мұздағы «$\\sqrt{7}$ есе баяу» ережесін реакция уақыты неге өзгертті?
2. Жүргізуші куәлігін жаңа алған досыңызға Қостанайда қыста көлік жүргізу туралы не айтар едіңіз? Бүгінгі сабақтан
   бір санды келтіріңіз.
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Почему время реакции изменило правило «в $\\sqrt{7}$ раз медленнее» на льду?
2. Что бы вы сказали другу, который только что получил водительские права, о езде зимой в Костанае? Приведите одно
   число из сегодняшнего урока.
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Why did the reaction time change the rule "$\\sqrt{7}$ times slower" on ice?
2. What would you tell a friend who has just got a driving licence about driving in Kostanay in winter? Quote one
   number from today's lesson.
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, fingerprint, require, rules, self_check
from curriculum.i18n import pick
from curriculum.labs import braking

# [kk] 1–2-тапсырмаларға арналған символдар: жылдамдық, реакция уақыты, үйкеліс коэффициенті, еркін түсу үдеуі
# [ru] символы для задач 1–2: скорость, время реакции, коэффициент трения, ускорение свободного падения
# [en] symbols for tasks 1-2: speed, reaction time, friction coefficient, free-fall acceleration
v, t_r, mu, g = sp.symbols("v t_r mu g", positive=True)
# [kk] шина мен жолдың әдеттегі үйкеліс коэффициенттері (өлшемсіз) және g, м/с²
# [ru] типичные коэффициенты трения шины о дорогу (безразмерные) и g в м/с²
# [en] typical tyre-road friction coefficients (dimensionless) and g in m/s^2
MU = {"dry": 0.7, "wet": 0.5, "snow": 0.2, "ice": 0.1}
G = 9.81"""

PARAMETERS = """from curriculum.variants import Variant

variant = Variant(count=10)
speed_kmh = variant.choice([90, 72, 81, 99, 108, 63, 54, 117])
reaction_s = variant.choice([1.0, 0.8, 1.2])
obstacle_m = variant.uniform(40, 90, step=5)
variant.distinct(obstacle_m)
variant.distinct(speed_kmh, reaction_s)"""
"""Each student's own numbers (docs/variants.md): the test speed and the reaction time of task 3, the obstacle's
distance of tasks 6 and 8. The first value of each draw is the example the release shows."""

WET_STOPPING = """(speed_kmh / 3.6 * reaction_s + (speed_kmh / 3.6) ** 2 / (2 * 0.5 * 9.81)) * ureg.m"""
MAX_SPEED = """(((0.5 * 9.81) ** 2 + 2 * 0.5 * 9.81 * obstacle_m) ** 0.5 - 0.5 * 9.81) * 3.6 * ureg("km/h")"""
"""The answers of tasks 3 and 6 for a student's own numbers, written out for the self-checks: the release replaces
each ``fingerprint(...)`` by a token per parameter set made from the teacher's run, and never shows the expression."""


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints of the answers every student shares (salted hashes: the release holds no
    answer); the answers of each student's own numbers are fingerprinted per parameter set at release."""
    v, t_r, mu, g = sp.symbols("v t_r mu g", positive=True)
    return {
        "s_r": fingerprint(v * t_r, salt=salt("s_r")),
        "s_b": fingerprint(v**2 / (2 * mu * g), mistakes=[rules.forgot_factor("1/2")], salt=salt("s_b")),
        "a_ice": fingerprint(0.981 * ureg("m/s^2"), rtol=0.01, salt=salt("a_ice")),
    }


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.parameters(PARAMETERS),
        a.text(
            kk="""# Тежеу сынағы: автомобиль қай жерде тоқтайды?

Қостанайдағы автомобиль зауытында әрбір жаңа модель зауыттың сынақ трассасында тежеу сынағынан (brake test) өтеді.
Сынақшы-жүргізуші белгілі бір жылдамдықпен келе жатып, белгіні көреді де, тежейді. Автомобиль бірден тоқтамайды:

1. **Реакция уақыты** $t_r$ ішінде жүргізуші аяғын тежегіш педальға апарады, ал автомобиль бұрынғы жылдамдықпен
   жүре береді. Осы уақытта өтетін жол — **реакция жолы** $s_r$.
2. Содан кейін дөңгелектер автомобильді $a = \\mu g$ баяулаумен тежейді. Толық тоқтағанға дейінгі жол — **тежеу
   жолы** $s_b$.

**Тоқтау жолы**: $s = s_r + s_b$.

Бұл тапсырмада модельді біртіндеп құрасыз: әріптік өрнек түрінде (sympy), өлшем бірліктері бар сандармен (pint),
Python функциясы ретінде, сосын зертханада жоба таңдап, нәтижені түсіндіресіз. Уақыты — 45 минут. $g = 9{,}81$ м/с²
деп алыңыз. Дөңгелек пен жол арасындағы үйкеліс коэффициенттері $\\mu$ (әдеттегі мәндер):

| жол беті (road surface) | $\\mu$ |
|---|---|
| құрғақ асфальт, `"dry"` | 0,7 |
| ылғал асфальт, `"wet"` | 0,5 |
| тапталған қар, `"snow"` | 0,2 |
| мұз, `"ice"` | 0,1 |

**Жауапты қалай жазу керек.** Бірінші ұяшықта `v`, `t_r`, `mu`, `g` символдары, `MU` сөздігі (dict) және `G = 9.81`
анықталған; символдарға сан меншіктемеңіз. Екінші ұяшық сіздің тапсырмаларыңыздың сандарын береді: `speed_kmh`
(км/сағ), `reaction_s` (с) және `obstacle_m` (м). Әр оқушының сандары өзінікі: оларды өзгертпеңіз, жауапта осы
атауларды қолдануға болады. Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `12 * ureg.m`,
`(36 * ureg("km/h")).to("m/s")`. Python кодында бөлшек сандар нүктемен жазылады: `0.5`. Әр тапсырманың астындағы
тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""# Тормозные испытания: где остановится автомобиль?

На автомобильном заводе в Костанае каждая новая модель проходит тормозные испытания (brake test) на заводском
испытательном треке. Водитель-испытатель едет с заданной скоростью, видит сигнал и тормозит. Автомобиль
останавливается не сразу:

1. За **время реакции** $t_r$ водитель переносит ногу на педаль тормоза, а автомобиль едет с прежней скоростью.
   Путь за это время — **путь реакции** $s_r$.
2. Затем шины тормозят автомобиль с замедлением $a = \\mu g$. Путь до полной остановки — **тормозной путь** $s_b$.

**Остановочный путь**: $s = s_r + s_b$.

В этом задании вы построите модель шаг за шагом: в буквенном виде (sympy), в числах с единицами измерения (pint), в
виде функции на Python, затем подберёте проект в лаборатории и объясните результат. Время — 45 минут. Принимайте
$g = 9{,}81$ м/с². Коэффициенты трения шины о дорогу $\\mu$ (типичные значения):

| дорожное покрытие (road surface) | $\\mu$ |
|---|---|
| сухой асфальт, `"dry"` | 0,7 |
| мокрый асфальт, `"wet"` | 0,5 |
| укатанный снег, `"snow"` | 0,2 |
| лёд, `"ice"` | 0,1 |

**Как записывать ответы.** В первой ячейке уже определены символы `v`, `t_r`, `mu`, `g`, словарь `MU` (dict) и
`G = 9.81`; не присваивайте символам числа. Вторая ячейка задаёт числа ваших задач: `speed_kmh` (км/ч),
`reaction_s` (с) и `obstacle_m` (м). У каждого ученика свои числа: не меняйте их, в ответах можно пользоваться
этими именами. Величину с единицей измерения записывайте через `ureg`: `12 * ureg.m`,
`(36 * ureg("km/h")).to("m/s")`. В коде Python дробные числа пишутся через точку: `0.5`. Запускайте тестовую ячейку
под каждой задачей: она проверяет форму ответа.""",
            en="""# Brake test: where does the car stop?

At the car plant in Kostanay every new model goes through a brake test on the plant's test track. A test driver
drives at a set speed, sees a signal and brakes. The car does not stop at once:

1. During the **reaction time** $t_r$ the driver moves a foot to the brake pedal while the car keeps its speed.
   The distance covered meanwhile is the **reaction distance** $s_r$.
2. Then the tyres brake the car with the deceleration $a = \\mu g$. The distance until the car stands still is the
   **braking distance** $s_b$.

**Stopping distance**: $s = s_r + s_b$.

In this assignment you build the model step by step: with letters (sympy), with numbers and units (pint) and as a
Python function, then choose a design in the lab and explain what you found. Time: 45 minutes. Use $g = 9.81$ m/s².
Typical tyre-road friction coefficients $\\mu$:

| road surface | $\\mu$ |
|---|---|
| dry asphalt, `"dry"` | 0.7 |
| wet asphalt, `"wet"` | 0.5 |
| packed snow, `"snow"` | 0.2 |
| ice, `"ice"` | 0.1 |

**How to write answers.** The first cell defines the symbols `v`, `t_r`, `mu`, `g`, the dictionary `MU` and
`G = 9.81`; do not assign numbers to the symbols. The second cell gives the numbers of your tasks: `speed_kmh`
(km/h), `reaction_s` (s) and `obstacle_m` (m). Every student has their own numbers: do not change them; your answers
may use these names. Write a quantity with a unit through `ureg`: `12 * ureg.m`,
`(36 * ureg("km/h")).to("m/s")`. Decimals in Python code are written with a point: `0.5`. Run the test cell under
each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Әріптік модель", ru="## Часть А. Модель в буквах", en="## Part A. The model in letters"),
        a.task(1, 1, "A",
               kk="""Реакция уақыты $t_r$ ішінде автомобиль әлі де тұрақты $v$ жылдамдықпен бірқалыпты қозғалады. Реакция жолын
`v` және `t_r` символдары арқылы sympy өрнегі түрінде жазып, `s_r` айнымалысына сақтаңыз; жауаптың түрі, мысалы,
`s_r = v + t_r` (бұл жауап емес).""",
               ru="""За время реакции $t_r$ автомобиль ещё движется равномерно со скоростью $v$. Запишите путь реакции как выражение
sympy через символы `v` и `t_r` и сохраните его в переменной `s_r`; форма ответа, например, `s_r = v + t_r` (это не
ответ).""",
               en="""During the reaction time $t_r$ the car still moves uniformly at speed $v$. Write the reaction distance as a sympy
expression in the symbols `v` and `t_r` and store it in `s_r`; the form of an answer is, for example,
`s_r = v + t_r` (not the answer)."""),
        a.answer("reaction-distance", "s_r = v * t_r", hint={
            "kk": "s_r = ...  (v, t_r арқылы sympy өрнегі)", "ru": "s_r = ...  (выражение sympy от v, t_r)",
            "en": "s_r = ...  (a sympy expression in v and t_r)"}),
        a.tests("reaction-distance-test", 1, public=f"""assert isinstance(s_r, sp.Expr), pick({{"kk": "s_r — v, t_r символдарынан құрылған sympy өрнегі болуы керек.", "ru": "s_r должно быть выражением sympy из символов v, t_r.", "en": "s_r should be a sympy expression made of v and t_r."}})
assert {{s.name for s in s_r.free_symbols}} <= {{"v", "t_r"}}, pick({{"kk": "s_r өрнегінде тек v, t_r символдары болуы керек.", "ru": "В выражении s_r могут быть только символы v, t_r.", "en": "s_r may use only the symbols v and t_r."}})
advise(self_check(s_r, "{token['s_r']}"))""", hidden="""require(compare(s_r, "v*t_r"))"""),

        a.task(2, 2, "A",
               kk="""Жүргізуші қатты тежегенде үйкеліс күші $F = \\mu m g$ автомобильді $a = \\mu g$ баяулаумен тоқтатады (масса $m$
қысқарады). $v$ жылдамдықтан толық тоқтағанға дейінгі бірқалыпты кемімелі қозғалыс үшін $v^2 = 2 a s_b$. Тежеу
жолын `v`, `mu` және `g` арқылы sympy өрнегі түрінде өрнектеп, `s_b` айнымалысына сақтаңыз; жауаптың түрі, мысалы,
`s_b = v * mu / g` (бұл жауап емес).""",
               ru="""При резком торможении сила трения $F = \\mu m g$ останавливает автомобиль с замедлением $a = \\mu g$ (масса $m$
сокращается). Для равнозамедленного движения от скорости $v$ до остановки $v^2 = 2 a s_b$. Выразите тормозной путь
через `v`, `mu` и `g` в виде выражения sympy и сохраните его в `s_b`; форма ответа, например, `s_b = v * mu / g`
(это не ответ).""",
               en="""When the driver brakes hard, the friction force $F = \\mu m g$ stops the car with the deceleration $a = \\mu g$
(the mass $m$ cancels). For uniformly decelerated motion from speed $v$ to rest, $v^2 = 2 a s_b$. Express the
braking distance in terms of `v`, `mu` and `g` as a sympy expression and store it in `s_b`; the form of an answer
is, for example, `s_b = v * mu / g` (not the answer)."""),
        a.answer("braking-distance", """a = mu * g
s_b = v**2 / (2 * a)""", hint={
            "kk": "s_b = ...  (v, mu, g арқылы sympy өрнегі)", "ru": "s_b = ...  (выражение sympy от v, mu, g)",
            "en": "s_b = ...  (a sympy expression in v, mu and g)"}),
        a.tests("braking-distance-test", 2, public=f"""assert isinstance(s_b, sp.Expr), pick({{"kk": "s_b — v, mu, g символдарынан құрылған sympy өрнегі болуы керек.", "ru": "s_b должно быть выражением sympy из символов v, mu, g.", "en": "s_b should be a sympy expression made of v, mu and g."}})
assert {{s.name for s in s_b.free_symbols}} <= {{"v", "mu", "g"}}, pick({{"kk": "s_b өрнегінде тек v, mu, g символдары болуы керек.", "ru": "В выражении s_b могут быть только символы v, mu, g.", "en": "s_b may use only the symbols v, mu and g."}})
advise(self_check(s_b, "{token['s_b']}"))""", hidden="""require(compare(s_b, "v**2/(2*mu*g)"))"""),

        a.text(kk="## Ә бөлім. Өлшем бірліктері бар сандар", ru="## Часть Б. Числа с единицами измерения",
               en="## Part B. Numbers with units"),
        a.task(3, 2, "B",
               kk="""Жаңа модель ылғал трассада ($\\mu = 0{,}5$) {speed_kmh} км/сағ жылдамдықпен (`speed_kmh`) сыналады. Сынақшының
реакция уақыты $t_r = {reaction_s}$ с (`reaction_s`). Тоқтау жолын есептеп, `s_wet` айнымалысына метрмен pint шамасы ретінде сақтаңыз (ұзындықтың басқа
бірлігі де қабылданады; 1 % дәлдікпен есептелген жауап қабылданады).

*Кеңес:* формулаларда жылдамдық м/с-пен болуы керек: `(speed_kmh * ureg("km/h")).to("m/s")`.""",
               ru="""Новую модель испытывают на мокром треке ($\\mu = 0{,}5$) при скорости {speed_kmh} км/ч (`speed_kmh`). Время
реакции испытателя $t_r = {reaction_s}$ с (`reaction_s`). Вычислите остановочный путь и сохраните его в `s_wet` как величину pint в метрах (другая единица длины
тоже принимается; принимается ответ с точностью до 1 %).

*Подсказка:* в формулах скорость должна быть в м/с: `(speed_kmh * ureg("km/h")).to("m/s")`.""",
               en="""A new model is tested on the wet track ($\\mu = 0.5$) at {speed_kmh} km/h (`speed_kmh`). The test driver's
reaction time is $t_r = {reaction_s}$ s (`reaction_s`). Compute the stopping distance and store it in `s_wet` as a pint quantity in metres (another unit of
length is accepted too; an answer within 1 % is accepted).

*Hint:* inside the formulas the speed must be in m/s: `(speed_kmh * ureg("km/h")).to("m/s")`."""),
        a.answer("wet-stopping", """v_test = (speed_kmh * ureg("km/h")).to("m/s")
t_test = reaction_s * ureg.s
a_wet = 0.5 * 9.81 * ureg("m/s^2")
s_wet = (v_test * t_test + v_test**2 / (2 * a_wet)).to("m")""", hint={
            "kk": "s_wet = ...  (pint шамасы, метрмен)", "ru": "s_wet = ...  (величина pint в метрах)",
            "en": "s_wet = ...  (a pint quantity in metres)"}),
        a.tests("wet-stopping-test", 2, public=f"""require(compare(s_wet, "m", mode="dimension"))
advise(self_check(s_wet, fingerprint(  # says right or wrong without holding the answer
    {WET_STOPPING}, rtol=0.01,
    mistakes=[rules.wrong_answer({WET_STOPPING.replace("speed_kmh / 3.6", "speed_kmh")}, code="speed-not-converted",
                                 message={{"kk": "Алдымен жылдамдықты км/сағ-тан м/с-қа айналдырыңыз (3,6-ға бөліңіз).",
                                          "ru": "Сначала переведите скорость из км/ч в м/с (разделите на 3,6).",
                                          "en": "Convert the speed from km/h to m/s first (divide by 3.6)."}})])))""",
                hidden="""from curriculum.labs.braking import stopping_distance as reference_stopping_distance
require(compare(s_wet, reference_stopping_distance(speed_kmh, "wet", reaction_s) * ureg.m, mode="units", rtol=0.01))"""),

        a.task(4, 1, "A",
               kk="""Мұз үстінде ($\\mu = 0{,}1$, $g = 9{,}81$ м/с²) дөңгелектер ең көп дегенде қандай баяулау бере алады? Оны
`a_ice` айнымалысына м/с²-пен pint шамасы ретінде сақтаңыз. Таңбаның екеуі де қабылданады: оң сан түріндегі
баяулау да, қозғалысқа қарсы бағытталған $a = -\\mu g$ үдеуі де.""",
               ru="""Какое наибольшее замедление могут дать шины на льду ($\\mu = 0{,}1$, $g = 9{,}81$ м/с²)? Сохраните его в
`a_ice` как величину pint в м/с². Принимается любой знак: замедление положительным числом или ускорение
$a = -\\mu g$, направленное против движения.""",
               en="""What is the largest deceleration the tyres can give on ice ($\\mu = 0.1$, $g = 9.81$ m/s²)? Store it in `a_ice`
as a pint quantity in m/s². Either sign is accepted: a deceleration written as a positive number, or the
acceleration $a = -\\mu g$ against the motion."""),
        a.answer("ice-deceleration", """a_ice = 0.1 * 9.81 * ureg("m/s^2")""", hint={
            "kk": "a_ice = ...  (pint шамасы, м/с² бірлігімен)", "ru": "a_ice = ...  (величина pint в м/с²)",
            "en": "a_ice = ...  (a pint quantity in m/s^2)"}),
        a.tests("ice-deceleration-test", 1, public=f"""require(compare(a_ice, "m/s^2", mode="dimension"))
advise(self_check(abs(a_ice), "{token['a_ice']}"))""", hidden="""def size(deceleration):
    \"\"\"How large the deceleration is, whichever sign convention the answer follows (a = μg or a = -μg).\"\"\"
    try:
        return abs(deceleration)
    except TypeError:
        return deceleration
require(compare(size(a_ice), "0.981 m/s^2", mode="units", rtol=0.01))"""),

        a.task(5, 1, "A",
               kk="""Бір автомобиль бірдей жылдамдықтан бір рет мұз үстінде ($\\mu = 0{,}1$), бір рет құрғақ асфальтта ($\\mu = 0{,}7$)
тежейді. Мұздағы тежеу жолы құрғақ асфальттағыдан неше есе ұзын? $s_{b,\\text{мұз}} / s_{b,\\text{құрғақ}}$
қатынасын `ratio` айнымалысына өлшем бірлігі жоқ сан ретінде сақтаңыз (өлшемсіз pint шамасы да қабылданады,
мысалы, бір ұзындықтың екіншісіне қатынасы).""",
               ru="""Один и тот же автомобиль тормозит с одной и той же скорости: один раз на льду ($\\mu = 0{,}1$), другой раз на
сухом асфальте ($\\mu = 0{,}7$). Во сколько раз тормозной путь на льду длиннее, чем на сухом асфальте? Сохраните
отношение $s_{b,\\text{лёд}} / s_{b,\\text{сухо}}$ в `ratio` как число без единиц измерения (безразмерная величина pint,
например отношение двух длин, тоже принимается).""",
               en="""The same car brakes from the same speed once on ice ($\\mu = 0.1$) and once on dry asphalt ($\\mu = 0.7$). How
many times longer is the braking distance on ice? Store the ratio $s_{b,\\text{ice}} / s_{b,\\text{dry}}$ in `ratio`
as a number without a unit (a dimensionless pint quantity, such as one length divided by another, is accepted
too)."""),
        a.answer("ice-dry-ratio", """# s_b = v^2 / (2 mu g): at the same v the braking distance is proportional to 1/mu
ratio = 0.7 / 0.1""", hint={
            "kk": "ratio = ...  (өлшем бірлігі жоқ сан)", "ru": "ratio = ...  (число без единиц измерения)",
            "en": "ratio = ...  (a number without a unit)"}),
        a.tests("ice-dry-ratio-test", 1, public="""assert getattr(ratio, "dimensionless", True), pick({"kk": "ratio — өлшем бірлігі жоқ сан (немесе өлшемсіз шама) болуы керек: екі ұзындықтың қатынасы.", "ru": "ratio должно быть числом без единиц (или безразмерной величиной): отношением двух длин.", "en": "ratio should be a number without a unit (or a dimensionless quantity): one length over another."})""",
                hidden="""require(compare(ratio, 7, mode="numeric", rtol=0.01))"""),

        a.text(kk="## Б бөлім. Қауіпсіз жылдамдық және функция", ru="## Часть В. Безопасная скорость и функция",
               en="## Part C. The safe speed and a function"),
        a.task(6, 2, "B",
               kk="""Сынақ трассасының бір аймағында кедергі автомобильден {obstacle_m} м алда (`obstacle_m`) кенеттен пайда болуы
мүмкін. Жол ылғал ($\\mu = 0{,}5$), реакция уақыты $t_r = 1$ с. Автомобиль {obstacle_m} м ішінде әлі тоқтай алатын ең
үлкен жылдамдықты табыңыз: $v\\,t_r + \\dfrac{v^2}{2\\mu g} = {obstacle_m}$ м квадрат теңдеуін $v$ бойынша шешіңіз (оң түбірін алыңыз). `v_max` мәнін
км/сағ-пен pint шамасы ретінде сақтаңыз (`ureg("km/h")`; жылдамдықтың басқа бірлігі, мысалы м/с, де қабылданады;
1 % дәлдікпен). `sp.solve` немесе квадрат теңдеу түбірлерінің формуласын қолдануға болады.""",
               ru="""В одной зоне испытательного трека препятствие может внезапно появиться в {obstacle_m} м (`obstacle_m`) перед
автомобилем. Дорога мокрая ($\\mu = 0{,}5$), время реакции $t_r = 1$ с. Найдите наибольшую скорость, при которой
автомобиль ещё успевает остановиться на {obstacle_m} м: решите квадратное уравнение
$v\\,t_r + \\dfrac{v^2}{2\\mu g} = {obstacle_m}$ м относительно $v$ (возьмите
положительный корень). Сохраните `v_max` как величину pint в км/ч (`ureg("km/h")`; другая единица скорости, например
м/с, тоже принимается; с точностью до 1 %). Можно использовать `sp.solve` или формулу корней квадратного уравнения.""",
               en="""In one zone of the test track an obstacle can suddenly appear {obstacle_m} m (`obstacle_m`) ahead of the car.
The road is wet ($\\mu = 0.5$) and the reaction time is $t_r = 1$ s. Find the largest speed at which the car still
stops within {obstacle_m} m: solve the quadratic equation $v\\,t_r + \\dfrac{v^2}{2\\mu g} = {obstacle_m}$ m for $v$ (take the positive root). Store
`v_max` as a pint quantity in km/h (`ureg("km/h")`; another unit of speed, such as m/s, is accepted too; within
1 %). You may use `sp.solve` or the quadratic formula."""),
        a.answer("max-speed", """u = sp.symbols("u", positive=True)          # the speed in m/s
roots = sp.solve(sp.Eq(u * 1.0 + u**2 / (2 * 0.5 * 9.81), obstacle_m), u)   # only the positive root
v_max = (float(roots[0]) * ureg("m/s")).to("km/h")""", hint={
            "kk": "v_max = ...  (pint шамасы, км/сағ бірлігімен)", "ru": "v_max = ...  (величина pint в км/ч)",
            "en": "v_max = ...  (a pint quantity in km/h)"}),
        a.tests("max-speed-test", 2, public=f"""require(compare(v_max, "km/h", mode="dimension"))
advise(self_check(v_max, fingerprint(  # says right or wrong without holding the answer
    {MAX_SPEED}, rtol=0.01,
    mistakes=[rules.unit_not_converted("m/s")])))""",
                hidden="""from curriculum.labs.braking import max_speed_kmh as reference_max_speed_kmh
require(compare(v_max, reference_max_speed_kmh(obstacle_m, "wet", 1.0) * ureg("km/h"), mode="units", rtol=0.01))"""),

        a.task(7, 2, "B",
               kk="""Сынақ инженерлері кез келген сынақ үшін шақыра алатын функция сұрайды. `stopping_distance(v_kmh, surface, t_r=1.0)`
функциясын жазыңыз: ол тоқтау жолын **метрмен, жай сан ретінде** қайтарсын (`float`, pint шамасы емес):

* `v_kmh` — жылдамдық, км/сағ;
* `surface` — `"dry"`, `"wet"`, `"snow"` немесе `"ice"`: $\\mu$ мәнін `MU` сөздігінен алыңыз;
* `t_r` — реакция уақыты, с (берілмесе, 1 с).

Мысал: мұз үстінде 36 км/сағ (= 10 м/с) жылдамдықта `stopping_distance(36, "ice")` мәні
$10 + \\dfrac{100}{2 \\cdot 0{,}1 \\cdot 9{,}81} \\approx 60{,}97$ м болады.""",
               ru="""Инженерам-испытателям нужна функция, которую можно вызвать для любого заезда. Напишите функцию
`stopping_distance(v_kmh, surface, t_r=1.0)`, которая возвращает остановочный путь **в метрах как обычное число**
(`float`, а не величину pint):

* `v_kmh` — скорость в км/ч;
* `surface` — `"dry"`, `"wet"`, `"snow"` или `"ice"`: $\\mu$ берите из словаря `MU`;
* `t_r` — время реакции в секундах (если не задано, 1 с).

Пример: на льду при 36 км/ч (= 10 м/с) `stopping_distance(36, "ice")` даёт
$10 + \\dfrac{100}{2 \\cdot 0{,}1 \\cdot 9{,}81} \\approx 60{,}97$ м.""",
               en="""The test engineers want a function they can call for any test run. Write
`stopping_distance(v_kmh, surface, t_r=1.0)` that returns the stopping distance **in metres as a plain number** (a
`float`, not a pint quantity):

* `v_kmh`: the speed in km/h;
* `surface`: `"dry"`, `"wet"`, `"snow"` or `"ice"`: take $\\mu$ from the dictionary `MU`;
* `t_r`: the reaction time in s (1 s if not given).

Example: on ice at 36 km/h (= 10 m/s), `stopping_distance(36, "ice")` gives
$10 + \\dfrac{100}{2 \\cdot 0.1 \\cdot 9.81} \\approx 60.97$ m."""),
        a.answer("stopping-function", """def stopping_distance(v_kmh, surface, t_r=1.0):
    v_ms = v_kmh / 3.6                       # km/h -> m/s
    s_reaction = v_ms * t_r
    s_braking = v_ms**2 / (2 * MU[surface] * G)
    return s_reaction + s_braking""", hint={
            "kk": "def stopping_distance(v_kmh, surface, t_r=1.0): ...  метрді float ретінде қайтарады",
            "ru": "def stopping_distance(v_kmh, surface, t_r=1.0): ...  возвращает метры как float",
            "en": "def stopping_distance(v_kmh, surface, t_r=1.0): ...  returns metres as a float"}),
        a.tests("stopping-function-test", 2, public="""assert callable(stopping_distance), pick({"kk": "stopping_distance — функция болуы керек (def stopping_distance(v_kmh, surface, t_r=1.0): ...).", "ru": "stopping_distance должна быть функцией (def stopping_distance(v_kmh, surface, t_r=1.0): ...).", "en": "stopping_distance should be a function (def stopping_distance(v_kmh, surface, t_r=1.0): ...)."})
# [kk] тапсырма мәтініндегі мысал
# [ru] пример из текста задачи
# [en] the example from the task text
require(compare(stopping_distance(36, "ice"), 60.97, mode="numeric", rtol=1e-3))""",
                hidden="""from curriculum.labs.braking import stopping_distance as reference_stopping_distance
cases = [(v_kmh, surface) for v_kmh in (0, 5, 18, 36, 47.5, 60, 72, 90, 110, 130, 150) for surface in MU]
cases += [(v_kmh, surface, t) for v_kmh in (18, 47.5, 90, 130) for surface in MU for t in (0.5, 0.8, 1.5, 2.2)]
require(check_function(stopping_distance, reference_stopping_distance, inputs=cases, rtol=1e-6))"""),

        a.text(kk="## В бөлім. Жобалау және түсіндіру", ru="## Часть Г. Проект и объяснение",
               en="## Part D. Design and explain"),
        a.task(8, 2, "C",
               kk="""Сынақ трассасының ылғал бөлігінде кедергі {obstacle_m} м қашықтықта пайда болуы мүмкін. Жүргізуші кемінде 50 км/сағ
жылдамдықпен жүруі керек (әйтпесе сынақ өтпейді), ал реакция уақытын 1 с-тан аз деп алуға болмайды. Төмендегі
зертханада жылдамдық пен реакция уақытын таңдап, **Жобаны тексеру** батырмасын басыңыз. Жоба талаптарға сай болғанда,
зертхана көрсеткен жолды (`design = {...}`) жауап ұяшығына көшіріңіз: бағалау кезінде ешкім жүгірткіні
жылжытпайды, сондықтан жобаңыз кодта сақталуы керек.""",
               ru="""На мокром участке испытательного трека препятствие может появиться в {obstacle_m} м. Водитель должен ехать не медленнее
50 км/ч (иначе испытание не засчитывается), а время реакции нельзя брать меньше 1 с. Подберите в лаборатории ниже
скорость и время реакции и нажмите **Проверить проект**. Когда проект выполняет все требования, скопируйте строку,
которую показывает лаборатория (`design = {...}`), в ячейку ответа: при оценивании никто не двигает ползунки,
поэтому проект должен быть записан в коде.""",
               en="""On the wet section of the test track an obstacle can appear {obstacle_m} m ahead. The driver must go at least 50 km/h
(otherwise the test does not count), and the reaction time may not be taken below 1 s. Choose the speed and the
reaction time in the lab below and press **Check the design**. When the design meets every requirement, copy the
line the lab shows (`design = {...}`) into the answer cell: nobody moves a slider when your work is graded, so the
design has to live in code."""),
        a.code("""braking.make_lab("wet-40", distance_m=obstacle_m)"""),
        a.answer("design", "design = {'v_kmh': 54.0, 't_r': 1.0}", hint={
            "kk": "design = {'v_kmh': ..., 't_r': ...}   (зертхана көрсеткен жол)",
            "ru": "design = {'v_kmh': ..., 't_r': ...}   (строка, которую показывает лаборатория)",
            "en": "design = {'v_kmh': ..., 't_r': ...}   (the line the lab shows)"}),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {"v_kmh", "t_r"} <= set(design), pick({"kk": "design = {'v_kmh': ..., 't_r': ...} (зертхана көрсететін жол)", "ru": "design = {'v_kmh': ..., 't_r': ...} (строка, которую показывает лаборатория)", "en": "design = {'v_kmh': ..., 't_r': ...} (the line the lab shows)"})
advise(check_design(design, braking.design_spec(obstacle_m), model=braking.design_result))""",
                hidden="""require(check_design(design, braking.design_spec(obstacle_m), model=braking.design_result))"""),

        a.task(9, 3, "C", locked_id="why-quadruple-prompt",
               kk="""3–6 сөйлеммен түсіндіріңіз:
1. жылдамдық екі есе артқанда неге тежеу жолы **төрт есе** ұзарады, ал реакция жолы тек екі есе ұзарады;
2. бұл қыста Қостанайдың мұзды жолындағы жүргізуші үшін нені білдіреді. Өз жұмысыңыздағы сандарды келтіріңіз
   (мысалы, 5-тапсырманың жауабын) және реакция жолын ұмытпаңыз.""",
               ru="""В 3–6 предложениях объясните:
1. почему при увеличении скорости в два раза тормозной путь становится **в четыре раза** длиннее, а путь реакции —
   только в два раза;
2. что это означает для водителя на обледеневшей дороге зимой в Костанае. Приведите числа из своей работы
   (например, ответ к задаче 5) и не забудьте о пути реакции.""",
               en="""In 3–6 sentences explain:
1. why the braking distance becomes **four times** longer when the speed doubles, while the reaction distance only
   doubles;
2. what this means for a driver on an icy road in Kostanay in winter. Quote numbers from your work (for example
   your answer to task 5), and do not forget the reaction distance.""",
               rubric={
                   "kk": """* 1 ұпай: тежеу жолы $v^2$-қа пропорционал ($s_b = v^2/(2\\mu g)$; үйкеліс «жоюы» керек кинетикалық энергия
  $mv^2/2$ да $v^2$-қа пропорционал), сондықтан $2v$ кезінде тежеу жолы $2^2 = 4$ есе артады; реакция жолы
  $v t_r$ тек $v$-ға пропорционал, сондықтан екі есе ғана артады.
* 1 ұпай: мұзда $\\mu$ құрғақ асфальттағыдан 7 есе кіші, сондықтан бірдей жылдамдықта тежеу жолы 7 есе ұзын
  (мысалы, 60 км/сағ кезінде құрғақ асфальтта ≈ 20 м, мұзда ≈ 142 м); ал реакция жолы жолға тәуелсіз, сондықтан
  90 км/сағ кезінде тоқтау жолы 4,9 есе ғана ұзын (70,5 м мен 343,6 м).
* 1 ұпай: дұрыс әрі анық қорытынды: мұзда жылдамдықты айтарлықтай азайту керек (90 км/сағ кезіндегі құрғақ жолдың
  қашықтығында, 70,5 м-де, тоқтау үшін мұзда 39 км/сағ, яғни 2,3 есе баяу жүру керек; $\\sqrt{7} \\approx 2{,}6$ есе
  тек тежеу жолына қатысты), арақашықтықты көп ұстау, ертерек әрі бірқалыпты тежеу; реакция уақыты жол бетіне
  тәуелсіз.""",
                   "ru": """* 1 балл: тормозной путь пропорционален $v^2$ ($s_b = v^2/(2\\mu g)$; кинетическая энергия $mv^2/2$, которую
  должна «погасить» сила трения, тоже пропорциональна $v^2$), поэтому при $2v$ тормозной путь растёт в
  $2^2 = 4$ раза; путь реакции $v t_r$ пропорционален только $v$ и растёт в два раза.
* 1 балл: на льду $\\mu$ в 7 раз меньше, чем на сухом асфальте, поэтому при той же скорости тормозной путь в 7 раз
  длиннее (например, при 60 км/ч ≈ 20 м на сухом асфальте и ≈ 142 м на льду); путь реакции от дороги не зависит,
  поэтому остановочный путь при 90 км/ч длиннее только в 4,9 раза (70,5 м и 343,6 м).
* 1 балл: верный и ясно сформулированный вывод: на льду скорость нужно сильно снизить (чтобы остановиться на
  расстоянии сухой дороги при 90 км/ч, 70,5 м, по льду нужно ехать 39 км/ч, в 2,3 раза медленнее;
  $\\sqrt{7} \\approx 2{,}6$ раза верно только для тормозного пути), держать большую дистанцию, тормозить раньше и
  плавно; время реакции от покрытия не зависит.""",
                   "en": """* 1 point: the braking distance is proportional to $v^2$ ($s_b = v^2/(2\\mu g)$; the kinetic energy $mv^2/2$ that
  friction must remove also grows as $v^2$), so at $2v$ the braking distance is $2^2 = 4$ times longer; the reaction
  distance $v t_r$ is proportional to $v$ only and just doubles.
* 1 point: on ice $\\mu$ is 7 times smaller than on dry asphalt, so at the same speed the braking distance is 7 times
  longer (for example at 60 km/h about 20 m on dry asphalt but about 142 m on ice); the reaction distance does not
  depend on the road, so at 90 km/h the stopping distance is only 4.9 times longer (70.5 m against 343.6 m).
* 1 point: a correct, clearly stated conclusion: slow down a lot on ice (to stop within the dry-road distance at
  90 km/h, 70.5 m, the speed on ice must be 39 km/h, 2.3 times lower; $\\sqrt{7} \\approx 2.6$ times holds for the
  braking distance alone), keep a much longer gap, brake early and smoothly; the reaction time does not depend on
  the road."""}),
        a.written("why-quadruple", 3, """**Model answer (en).** The braking distance is $s_b = v^2/(2\\mu g)$: friction has to remove the kinetic energy
$mv^2/2$, which grows as the square of the speed. Doubling the speed gives $2^2 = 4$ times the braking distance,
while the reaction distance $v t_r$ only doubles. On ice $\\mu = 0.1$ instead of $0.7$, so the braking distance is
7 times longer at the same speed: at 60 km/h about 20 m on dry asphalt but about 142 m on ice. The reaction distance
stays the same, so at 90 km/h the whole stopping distance grows from 70.5 m to 343.6 m, 4.9 times. To stop within
those 70.5 m on ice a driver may go only 39 km/h, 2.3 times slower than 90 km/h (the braking distance alone would
allow $90/\\sqrt{7} \\approx 34$ km/h, 2.6 times slower). So on an icy road: drive much slower, keep a long gap and
brake early.

**Үлгі жауап (kk).** Тежеу жолы $s_b = v^2/(2\\mu g)$: үйкеліс жылдамдықтың квадратына пропорционал кинетикалық
энергияны $mv^2/2$ жоюы керек. Жылдамдық екі есе артса, тежеу жолы $2^2 = 4$ есе артады, ал реакция жолы $v t_r$
тек екі есе артады. Мұзда $\\mu = 0{,}1$, құрғақ асфальтта $0{,}7$, сондықтан бірдей жылдамдықта тежеу жолы 7 есе
ұзын: 60 км/сағ кезінде құрғақ асфальтта ≈ 20 м, мұзда ≈ 142 м. Реакция жолы өзгермейді, сондықтан 90 км/сағ
кезінде тоқтау жолы 70,5 м-ден 343,6 м-ге дейін, 4,9 есе ұзарады. Мұзда сол 70,5 м ішінде тоқтау үшін 39 км/сағ,
яғни 90 км/сағ-тан 2,3 есе баяу жүру керек (тек тежеу жолы $90/\\sqrt{7} \\approx 34$ км/сағ, 2,6 есе баяу
жылдамдықты берер еді). Сондықтан мұзды жолда жылдамдықты көп азайту, арақашықтықты ұзақ ұстау және ертерек тежеу
керек.

**Образец ответа (ru).** Тормозной путь $s_b = v^2/(2\\mu g)$: сила трения должна погасить кинетическую энергию
$mv^2/2$, которая растёт как квадрат скорости. При удвоении скорости тормозной путь растёт в $2^2 = 4$ раза, а путь
реакции $v t_r$ — только в два раза. На льду $\\mu = 0{,}1$ вместо $0{,}7$, поэтому при той же скорости тормозной
путь в 7 раз длиннее: при 60 км/ч ≈ 20 м на сухом асфальте и ≈ 142 м на льду. Путь реакции не меняется, поэтому при
90 км/ч весь остановочный путь растёт с 70,5 м до 343,6 м, в 4,9 раза. Чтобы остановиться на этих 70,5 м на льду,
можно ехать только 39 км/ч, в 2,3 раза медленнее, чем 90 км/ч (один тормозной путь дал бы
$90/\\sqrt{7} \\approx 34$ км/ч, в 2,6 раза медленнее). Поэтому на льду нужно ехать намного медленнее, держать
большую дистанцию и тормозить заранее."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "braking.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
