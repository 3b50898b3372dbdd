"""Writes phys-col-gearbox's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-col-gearbox/build.py
    .venv/bin/python -m curriculum release

(``tests/test_standard.py`` checks that the committed notebooks are what this writes). Every number a student sees
is a given of the vehicle's data or comes from the lab's model (``curriculum.labs.gearbox``); the module's test
``tests/modules/test_phys_col_gearbox.py`` pins each one to the model.
"""

from __future__ import annotations

from pathlib import Path

from curriculum import authoring as a
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "phys-col-gearbox"

LESSON_SETUP = """import math
from curriculum.i18n import pick
from curriculum.labs import gearbox
from curriculum.labs.gearbox import RATIOS, FINAL_DRIVE, EFFICIENCY, WHEEL_RADIUS, MASS, ROLLING, G
from curriculum.labs.gearbox import tractive_force, road_speed, grade_angle, grade_resistance, rolling_resistance"""


def data_table(lang: str) -> str:
    """The crossover's data, the same table in both lessons and the assignment."""
    rows = {
        "kk": [("Қозғалтқыштың ең үлкен айналдыру моменті", "$T = 200$ Н·м (4000 айн/мин кезінде)"),
               ("Қозғалтқыштың ең үлкен айналу жиілігі", "$n_{max} = 6000$ айн/мин"),
               ("Беріліс сандары, 1–5-беріліс", "$i$ = 3,73; 2,05; 1,32; 0,97; 0,78"),
               ("Басты берілістің беріліс саны", "$i_0 = 4{,}1$"),
               ("Трансмиссияның ПӘК-і", "$\\eta = 0{,}90$"),
               ("Дөңгелектің радиусы (205/60 R16 шина)", "$r = 0{,}31$ м"),
               ("Массасы (жүргізуші мен жолаушы)", "$m = 1500$ кг"),
               ("Домалау кедергісінің коэффициенті (асфальт)", "$f = 0{,}015$")],
        "ru": [("Наибольший крутящий момент двигателя", "$T = 200$ Н·м (при 4000 об/мин)"),
               ("Наибольшая частота вращения двигателя", "$n_{max} = 6000$ об/мин"),
               ("Передаточные числа, 1–5-я передача", "$i$ = 3,73; 2,05; 1,32; 0,97; 0,78"),
               ("Передаточное число главной передачи", "$i_0 = 4{,}1$"),
               ("КПД трансмиссии", "$\\eta = 0{,}90$"),
               ("Радиус колеса (шина 205/60 R16)", "$r = 0{,}31$ м"),
               ("Масса (водитель и пассажир)", "$m = 1500$ кг"),
               ("Коэффициент сопротивления качению (асфальт)", "$f = 0{,}015$")],
        "en": [("Engine's peak torque", "$T = 200$ N·m (at 4000 rpm)"),
               ("Engine's maximum speed", "$n_{max} = 6000$ rpm"),
               ("Gear ratios, gears 1–5", "$i$ = 3.73, 2.05, 1.32, 0.97, 0.78"),
               ("Final drive ratio", "$i_0 = 4.1$"),
               ("Drivetrain efficiency", "$\\eta = 0.90$"),
               ("Wheel radius (205/60 R16 tyre)", "$r = 0.31$ m"),
               ("Mass (driver and a passenger)", "$m = 1500$ kg"),
               ("Rolling resistance coefficient (asphalt)", "$f = 0.015$")],
    }[lang]
    head = {"kk": "| Шама | Мәні |", "ru": "| Величина | Значение |", "en": "| Quantity | Value |"}[lang]
    return "\n".join([head, "|---|---|", *(f"| {name} | {value} |" for name, value in rows)])


DATA_NOTE = {
    "kk": "Деректер ойдан алынған, бірақ шынайыға ұқсас: мұндай мәндер шағын кроссоверлерге тән (дереккөздері модуль сипаттамасында).",
    "ru": "Данные вымышленные, но правдоподобные: такие значения типичны для компактных кроссоверов (источники — в описании модуля).",
    "en": "The data are fictional but plausible: such values are typical of compact crossovers (the sources are in the module's description).",
}


def data_cell() -> list:
    return a.text(**{lang: data_table(lang) + "\n\n" + DATA_NOTE[lang] for lang in ("kk", "ru", "en")})


# -- lesson 1: gear ratios, tractive force and speed in each gear -------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Беріліс қорабы, 1-сабақ. Беріліс саны, тарту күші және әр берілістегі жылдамдық

Зауыттың жаңа кроссоверінің қозғалтқышы ең көбі 200 Н·м айналдыру моментін береді. Ал сынақ трассасының 30 %
еңісінде 1500 кг автомобильді жоғары итеру үшін дөңгелектерге шамамен 4–5 кН күш керек. Ньютон·метр қалай
килоньютонға айналады? Неге 1-берілісте автомобиль қатты тартады, бірақ 50 км/сағ-қа да жетпейді, ал 5-берілісте
жылдам жүреді, бірақ еңіске көтеріле алмайды?""",
            ru=r"""# Коробка передач, урок 1. Передаточное число, сила тяги и скорость на каждой передаче

Двигатель нового заводского кроссовера даёт крутящий момент не больше 200 Н·м. А чтобы толкать автомобиль массой
1500 кг вверх по подъёму 30 % испытательного трека, колёсам нужно около 4–5 кН. Как ньютон-метры превращаются в
килоньютоны? Почему на 1-й передаче автомобиль тянет сильно, но не разгоняется даже до 50 км/ч, а на 5-й едет
быстро, но на подъём не въезжает?""",
            en=r"""# The gearbox, lesson 1. Gear ratios, tractive force and the speed in each gear

The engine of the plant's new crossover gives at most 200 N·m of torque. Yet pushing the 1500 kg car up the test
track's 30 % slope takes about 4–5 kN at the wheels. How do newton-metres become kilonewtons? Why does the car
pull hard in 1st gear but not even reach 50 km/h, while in 5th it goes fast but cannot climb the slope?"""),
        a.text(
            kk=r"""## 1. Қозғалтқыштан дөңгелекке дейін

Айналдыру моменті қозғалтқыштан дөңгелекке трансмиссия арқылы беріледі: ілінісу муфтасы → **беріліс қорабы**
(беріліс саны $i$, әр берілістің өз саны) → **басты беріліс** (final drive), оның беріліс саны $i_0$ →
жетекші дөңгелектер. Мектептегі тісті доңғалақтар сабағындағыдай (`math-08-gears`): **беріліс саны** $i$ болса, шығыстағы
**айналдыру моменті** $i$ есе артады, ал айналу жиілігі $i$ есе азаяды. Екі беріліс тізбектей жалғанса, жалпы
беріліс саны $i \cdot i_0$. Трансмиссияда энергияның бір бөлігі үйкеліске кетеді: **пайдалы әсер коэффициенті**
(ПӘК) $\eta$. Кроссовер алдыңғы жетекті, оның бес сатылы механикалық беріліс қорабы екі білікті: басты беріліс
пен дифференциал сол қораптың ішінде орналасқан.

Дөңгелек жолды $r$ радиусында итереді, сондықтан дөңгелектегі айналдыру моменті жолмен жанасу нүктесінде
**тарту күшін** (tractive force) береді (7-сыныптағы күш моменті $M = F \cdot r$):""",
            ru=r"""## 1. От двигателя до колеса

Крутящий момент передаётся от двигателя к колёсам через трансмиссию: сцепление → **коробка передач**
(передаточное число $i$, у каждой передачи своё) → **главная передача** (final drive), её передаточное число $i_0$
→ ведущие колёса. Как на школьном уроке о зубчатых колёсах (`math-08-gears`): если **передаточное число** равно $i$, то
**крутящий момент** на выходе растёт в $i$ раз, а частота вращения падает в $i$ раз. Две передачи подряд дают общее
передаточное число $i \cdot i_0$. В трансмиссии часть энергии уходит на трение: **коэффициент полезного действия**
(КПД) $\eta$. Кроссовер переднеприводный, его пятиступенчатая механическая коробка передач двухвальная: главная
передача и дифференциал находятся в её картере.

Колесо толкает дорогу на радиусе $r$, поэтому крутящий момент на колесе даёт в точке контакта с дорогой **силу тяги**
(tractive force) (момент силы $M = F \cdot r$ из физики 7 класса):""",
            en=r"""## 1. From the engine to the wheel

The torque goes from the engine to the wheels through the drivetrain: clutch → **gearbox** (gear ratio $i$, each
gear its own) → **final drive** (ratio $i_0$) → driving wheels. As in the school lesson on gears (`math-08-gears`):
with a **gear ratio** $i$ the output **torque** grows $i$ times and the speed of rotation falls $i$ times. Two
stages in a row give the total ratio $i \cdot i_0$. Part of the energy goes into friction in the drivetrain: the
**efficiency** $\eta$. The crossover has front-wheel drive and a two-shaft five-speed manual gearbox: the final drive
and the differential sit in the gearbox's own casing.

The wheel pushes on the road at its radius $r$, so the torque at the wheel gives the **tractive force** where the
tyre meets the road (the moment of a force $M = F \cdot r$ from grade 7 physics):"""),
        a.formula(r"""$$F = \frac{T \cdot i \cdot i_0 \cdot \eta}{r}, \qquad v = \frac{2 \pi r \, n}{60 \cdot i \cdot i_0}$$"""),
        a.text(
            kk=r"""Мұнда $T$ — қозғалтқыштың айналдыру моменті (Н·м), $r$ — дөңгелектің радиусы (м), $n$ — қозғалтқыштың айналу
жиілігі (айн/мин). Дөңгелек минутына $n/(i \cdot i_0)$ айналым жасайды, әр айналымда автомобиль $2\pi r$ жол
жүреді; 60-қа бөлу минутты секундқа айналдырады, сондықтан $v$ м/с-пен шығады (км/сағ үшін 3,6-ға көбейтіңіз).

Кроссовердің деректері:""",
            ru=r"""Здесь $T$ — крутящий момент двигателя (Н·м), $r$ — радиус колеса (м), $n$ — частота вращения двигателя
(об/мин). Колесо делает $n/(i \cdot i_0)$ оборотов в минуту, за каждый оборот автомобиль проходит $2\pi r$;
деление на 60 переводит минуты в секунды, поэтому $v$ получается в м/с (для км/ч умножьте на 3,6).

Данные кроссовера:""",
            en=r"""Here $T$ is the engine torque (N·m), $r$ the wheel radius (m) and $n$ the engine speed (rpm). The wheel
turns $n/(i \cdot i_0)$ times a minute and the car moves $2\pi r$ each turn; dividing by 60 turns minutes into
seconds, so $v$ comes out in m/s (multiply by 3.6 for km/h).

The crossover's data:"""),
        data_cell(),
        a.example(
            kk=r"""### 1-мысал. 1-беріліс

Алдымен бағалаңыз: $i \cdot i_0 \approx 15$, дөңгелектегі момент $\approx 200 \cdot 15 \cdot 0{,}9 = 2700$ Н·м,
оны $r \approx 0{,}3$ м-ге бөлсек, $\approx 9$ кН.

Енді дәл есептейік: $i \cdot i_0 = 3{,}73 \cdot 4{,}1 \approx 15{,}29$;
$F = \dfrac{200 \cdot 15{,}29 \cdot 0{,}9}{0{,}31} \approx 8880$ Н $\approx 8{,}88$ кН — бағалау расталды.
6000 айн/мин кезінде $v = \dfrac{2\pi \cdot 0{,}31 \cdot 6000}{60 \cdot 15{,}29} \approx 12{,}7$ м/с
$\approx 45{,}9$ км/сағ. Келесі ұяшық бес берілістің бәрін модельдің функцияларымен есептейді.""",
            ru=r"""### Пример 1. 1-я передача

Сначала оценим: $i \cdot i_0 \approx 15$, момент на колесе $\approx 200 \cdot 15 \cdot 0{,}9 = 2700$ Н·м, делим на
$r \approx 0{,}3$ м — получается $\approx 9$ кН.

Теперь точно: $i \cdot i_0 = 3{,}73 \cdot 4{,}1 \approx 15{,}29$;
$F = \dfrac{200 \cdot 15{,}29 \cdot 0{,}9}{0{,}31} \approx 8880$ Н $\approx 8{,}88$ кН — оценка подтвердилась.
При 6000 об/мин $v = \dfrac{2\pi \cdot 0{,}31 \cdot 6000}{60 \cdot 15{,}29} \approx 12{,}7$ м/с $\approx 45{,}9$ км/ч.
Следующая ячейка считает все пять передач функциями модели.""",
            en=r"""### Example 1. First gear

Estimate first: $i \cdot i_0 \approx 15$, the torque at the wheel $\approx 200 \cdot 15 \cdot 0.9 = 2700$ N·m, and
divided by $r \approx 0.3$ m that is $\approx 9$ kN.

Now exactly: $i \cdot i_0 = 3.73 \cdot 4.1 \approx 15.29$;
$F = \dfrac{200 \cdot 15.29 \cdot 0.9}{0.31} \approx 8880$ N $\approx 8.88$ kN: the estimate was right. At 6000 rpm
$v = \dfrac{2\pi \cdot 0.31 \cdot 6000}{60 \cdot 15.29} \approx 12.7$ m/s $\approx 45.9$ km/h. The next cell computes
all five gears with the model's functions."""),
        a.code(r"""for number, i in enumerate(RATIOS, start=1):
    force = tractive_force(200, i)
    v_top = road_speed(6000, i) * 3.6
    print(pick({"kk": f"{number}-беріліс: F =", "ru": f"{number}-я передача: F =", "en": f"gear {number}: F ="}),
          round(force / 1000, 2), pick({"kk": "кН, v(6000) =", "ru": "кН, v(6000) =", "en": "kN, v(6000) ="}),
          round(v_top, 1), pick({"kk": "км/сағ", "ru": "км/ч", "en": "km/h"}))""", role="example"),
        a.predict(
            kk=r"""### Алдымен болжаңыз

Зертханада жол тегіс (еңіс 0 %), қозғалтқыш 4000 айн/мин-та айналады. Жүгірткіні қозғамас бұрын жауап беріңіз:
1-беріліс пен 5-берілісте қозғалтқыштың бір айналу жиілігінде $F$ пен $v$-ны көбейтсек, қай көбейтінді үлкен
шығады? Еңісті 30 %-ға қойсаңыз, қай берілістер көтеріледі? Болжамыңызды дәптерге жазыңыз.""",
            ru=r"""### Сначала предскажите

В лаборатории дорога ровная (уклон 0 %), двигатель вращается с частотой 4000 об/мин. Прежде чем двигать ползунки,
ответьте: если при одной и той же частоте вращения двигателя перемножить $F$ и $v$ на 1-й и на 5-й передаче, какое
произведение больше? На каких передачах автомобиль въедет, если поставить уклон 30 %? Запишите предсказание в
тетрадь.""",
            en=r"""### Predict first

In the lab the road is level (grade 0 %) and the engine turns at 4000 rpm. Before you move a slider, answer: at
the same engine speed, multiply $F$ by $v$ in 1st gear and in 5th gear: which product is larger? Which gears climb
if you set the grade to 30 %? Write your prediction down."""),
        a.lab("""lab = gearbox.make_lab(start={"gear": 1, "grade": 0, "mass": 1500, "n": 4000})
lab"""),
        a.text(
            kk=r"""### Зерттеңіз

Жоғарғы сурет — еңістегі автомобиль: жасыл нұсқар — тарту күші, қызыл — еңіс бойымен төмен тартатын күш, қызғылт сары —
домалау кедергісі; нұсқарлардың ұзындығы күштерге пропорционал. Төменгі график — әр берілістің тарту күші
жылдамдыққа тәуелді (қозғалтқыш 1000-нан 6000 айн/мин-қа дейін), таңдалған беріліс қалың сызықпен, қызыл пунктир —
жалпы кедергі, қара нүкте — қозғалтқыш қазір жұмыс істеп тұрған нүкте.

1. ▶ батырмасын басыңыз: қозғалтқыш 1000-нан 6000 айн/мин-қа дейін үдейді. Нүкте графикте қалай жүреді? Дөңгелек
   қалай айналады?
2. Берілісті 1-ден 5-ке дейін ауыстырыңыз. $F$ пен ең үлкен жылдамдық қалай өзгереді? Кестедегі $F$ пен $v$-ны
   көбейтіп, болжамыңызды тексеріңіз.
3. Еңісті 30 %-ға қойыңыз. Қай берілістердің қисығы қызыл сызықтан жоғары өтеді?""",
            ru=r"""### Исследуйте

Верхний рисунок — автомобиль на подъёме: зелёная стрелка — сила тяги, красная — сила, тянущая вниз вдоль уклона,
оранжевая — сопротивление качению; длины стрелок пропорциональны силам. Нижний график — сила тяги каждой передачи
в зависимости от скорости (двигатель от 1000 до 6000 об/мин), выбранная передача — жирной линией, красный пунктир —
суммарное сопротивление, чёрная точка — где двигатель работает сейчас.

1. Нажмите ▶: двигатель раскручивается от 1000 до 6000 об/мин. Как движется точка на графике? Как вращается колесо?
2. Переключайте передачи с 1-й до 5-й. Как меняются $F$ и наибольшая скорость? Перемножьте $F$ и $v$ из таблицы и
   проверьте предсказание.
3. Поставьте уклон 30 %. Кривые каких передач проходят выше красной линии?""",
            en=r"""### Explore

The top picture is the car on the slope: the green arrow is the tractive force, the red one the force pulling it
down the slope, the orange one the rolling resistance; the arrows' lengths follow the forces. The graph below is
each gear's tractive force against the speed (the engine from 1000 to 6000 rpm), the chosen gear drawn bold, the
red dashed line the total resistance, the black dot where the engine runs now.

1. Press ▶: the engine speeds up from 1000 to 6000 rpm. How does the dot move on the graph? How does the wheel turn?
2. Change gears from 1st to 5th. How do $F$ and the top speed change? Multiply $F$ and $v$ from the table and check
   your prediction.
3. Set the grade to 30 %. The curves of which gears pass above the red line?"""),
        a.misconception(
            kk=r"""### Дұрыс па?

Ерлан былай дейді: «1-беріліс қозғалтқышқа күш қосады, сондықтан автомобиль 1-берілісте қуаттырақ».
Келісесіз бе? Беріліс қорабы қуатты қоспайды: ол айналдыру моментін $i$ есе арттырса, жылдамдықты сонша есе
азайтады. Қуат $P = F \cdot v$. 4000 айн/мин кезінде қозғалтқыштың қуаты $200 \cdot 2\pi \cdot 4000/60 \approx 83{,}8$ кВт,
ал дөңгелекке ПӘК-тен кейін $\approx 75{,}4$ кВт жетеді — кез келген берілісте. Төмендегі ұяшық мұны тексереді.""",
            ru=r"""### Верно ли?

Ерлан говорит: «1-я передача добавляет двигателю силы, поэтому на 1-й передаче автомобиль мощнее». Согласны?
Коробка передач не добавляет мощности: увеличивая крутящий момент в $i$ раз, она во столько же раз уменьшает
скорость. Мощность $P = F \cdot v$. При 4000 об/мин мощность двигателя $200 \cdot 2\pi \cdot 4000/60 \approx 83{,}8$ кВт,
а до колёс после КПД доходит $\approx 75{,}4$ кВт — на любой передаче. Ячейка ниже это проверяет.""",
            en=r"""### Is it true?

Yerlan says: "1st gear adds strength to the engine, so the car is more powerful in 1st gear." Do you agree? The
gearbox adds no power: where it multiplies the torque by $i$ it divides the speed by $i$. The power is
$P = F \cdot v$. At 4000 rpm the engine gives $200 \cdot 2\pi \cdot 4000/60 \approx 83.8$ kW, and after the
efficiency $\approx 75.4$ kW reach the wheels, in every gear. The cell below checks it."""),
        a.code(r"""for number, i in enumerate(RATIOS, start=1):
    power = tractive_force(200, i) * road_speed(4000, i) / 1000
    print(pick({"kk": f"{number}-беріліс: F·v =", "ru": f"{number}-я передача: F·v =", "en": f"gear {number}: F·v ="}),
          round(power, 1), pick({"kk": "кВт", "ru": "кВт", "en": "kW"}))""", role="misconception"),
        a.summary(
            kk=r"""## Қорытынды

* Трансмиссия: **беріліс қорабы** (**беріліс саны** $i$) және **басты беріліс** ($i_0$); жалпы беріліс саны $i \cdot i_0$.
* Дөңгелектегі **тарту күші** $F = T \cdot i \cdot i_0 \cdot \eta / r$: қозғалтқыштың **айналдыру моменті** жалпы
  беріліс санына көбейеді, **пайдалы әсер коэффициенті** $\eta$ шығынды ескереді.
* Жылдамдық $v = 2\pi r n/(60 \cdot i \cdot i_0)$ (м/с; км/сағ үшін 3,6-ға көбейтеміз): төмен беріліс күшті көп,
  жылдамдықты аз береді.
* Беріліс қорабы қуат қоспайды: бір айналу жиілігінде $F \cdot v$ барлық берілісте бірдей.""",
            ru=r"""## Итоги

* Трансмиссия: **коробка передач** (**передаточное число** $i$) и **главная передача** ($i_0$); общее передаточное
  число $i \cdot i_0$.
* **Сила тяги** на колёсах $F = T \cdot i \cdot i_0 \cdot \eta / r$: **крутящий момент** двигателя умножается на
  общее передаточное число, **коэффициент полезного действия** $\eta$ учитывает потери.
* Скорость $v = 2\pi r n/(60 \cdot i \cdot i_0)$ (м/с; для км/ч умножаем на 3,6): низкая передача даёт много силы и
  мало скорости.
* Коробка передач не добавляет мощности: при одной частоте вращения $F \cdot v$ одинаково на всех передачах.""",
            en=r"""## Summary

* The drivetrain: the **gearbox** (**gear ratio** $i$) and the **final drive** ($i_0$); the total ratio is $i \cdot i_0$.
* The **tractive force** at the wheels is $F = T \cdot i \cdot i_0 \cdot \eta / r$: the engine's **torque** is
  multiplied by the total ratio, and the **efficiency** $\eta$ accounts for the losses.
* The speed is $v = 2\pi r n/(60 \cdot i \cdot i_0)$ (m/s; multiply by 3.6 for km/h): a low gear gives much force and
  little speed.
* The gearbox adds no power: at one engine speed $F \cdot v$ is the same in every gear."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Сөйлемді аяқтаңыз: «1-берілісте тарту күші үлкен, себебі ..., бірақ жылдамдық аз, себебі ...».
2. Болжамыңыздың қай бөлігі расталмады?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru=r"""## Рефлексия

1. Закончите предложение: «На 1-й передаче сила тяги большая, потому что ..., но скорость мала, потому что ...».
2. Какая часть вашего предсказания не подтвердилась?
3. Что на уроке осталось непонятным?""",
            en=r"""## Reflection

1. Finish the sentence: "In 1st gear the tractive force is large because ..., but the speed is low because ..."
2. Which part of your prediction turned out wrong?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: grade and rolling resistance, the gear that climbs ------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Беріліс қорабы, 2-сабақ. Еңіс пен домалау кедергісі: қай беріліс 30 % еңіске көтереді

Сынақ инженері сұрайды: «Трассадағы 30 % еңіске кроссовер қай берілісте көтеріледі?» Әріптесіңіз бірден
есептей бастайды: «30 % — бұл 30°, $\sin 30° = 0{,}5$...». Ол дұрыс па? Ал автомобиль толық жүктелсе, жауап өзгере
ме?""",
            ru=r"""# Коробка передач, урок 2. Сопротивление подъёму и качению: какая передача берёт подъём 30 %

Инженер-испытатель спрашивает: «На какой передаче кроссовер въедет на подъём 30 % на треке?» Ваш коллега сразу
начинает считать: «30 % — это 30°, $\sin 30° = 0{,}5$...». Прав ли он? А если автомобиль полностью загружен, ответ
изменится?""",
            en=r"""# The gearbox, lesson 2. Grade and rolling resistance: which gear climbs the 30 % slope

The test engineer asks: "In which gear does the crossover climb the track's 30 % slope?" Your colleague starts at
once: "30 % is 30°, $\sin 30° = 0.5$..." Is he right? And does the answer change when the car is fully loaded?"""),
        a.text(
            kk=r"""## 2. Еңіс пайызбен

Жол белгісіндегі **еңіс** (grade) пайызбен — көлденең 100 м жолда неше метр көтерілетіні: $p = 100 \cdot \operatorname{tg} \alpha$.
30 % еңісте $\operatorname{tg} \alpha = 0{,}3$, сондықтан $\alpha \approx 16{,}7°$, ал 30° емес (30° бұрыш
$\operatorname{tg} 30° \approx 0{,}577$, яғни 58 % еңіс болар еді). Сондай-ақ $\sin \alpha = 0{,}3$ деп алуға да болмайды:
$\sin \alpha \approx 0{,}287$, $\cos \alpha \approx 0{,}958$.

## 3. Автомобильді не ұстап тұрады

9-сыныптағыдай, ауырлық күшін $mg$ екі құраушыға жіктейміз: еңіс бойымен төмен $mg \sin \alpha$ — бұл **көтерілу
кедергісі** (grade resistance), ал жолға перпендикуляр $mg \cos \alpha$ — дөңгелектер жолды осы күшпен басады.
Шина домалағанда деформацияланады, бұл **домалау кедергісін** (rolling resistance) береді: $f \cdot mg \cos \alpha$,
мұнда $f$ — домалау кедергісінің коэффициенті (асфальтта 0,010–0,015; бұл тежеудегі сырғанау үйкелісі емес, ол
әлдеқайда аз). Еңісте жылдамдық аз, сондықтан ауа кедергісін ескермейміз. Жетекші дөңгелектер сырғанамайды деп
аламыз: құрғақ асфальтта шинаның жолмен ілінісуі бұл кедергіні ұстауға жетеді, ал мұзда ешбір беріліс еңіске
көтермейді (тарту күшін тежеу сабағындағы үйкеліс те шектейді).""",
            ru=r"""## 2. Уклон в процентах

**Уклон** (grade) в процентах на дорожном знаке — на сколько метров поднимается дорога на 100 м по горизонтали:
$p = 100 \cdot \operatorname{tg} \alpha$. При уклоне 30 % $\operatorname{tg} \alpha = 0{,}3$,
откуда $\alpha \approx 16{,}7°$, а не 30° (угол 30° — это $\operatorname{tg} 30° \approx 0{,}577$,
то есть уклон 58 %). Нельзя брать и $\sin \alpha = 0{,}3$: $\sin \alpha \approx 0{,}287$, $\cos \alpha \approx 0{,}958$.

## 3. Что удерживает автомобиль

Как в 9-м классе, раскладываем силу тяжести $mg$ на две составляющие: вдоль уклона вниз $mg \sin \alpha$ — это
**сопротивление подъёму** (grade resistance), а перпендикулярно дороге $mg \cos \alpha$ — с этой силой колёса
давят на дорогу. Шина при качении деформируется, это даёт **сопротивление качению** (rolling resistance):
$f \cdot mg \cos \alpha$, где $f$ — коэффициент сопротивления качению (на асфальте 0,010–0,015; это не трение
скольжения при торможении, оно намного меньше). На подъёме скорость мала, поэтому сопротивление воздуха не
учитываем. Считаем, что ведущие колёса не буксуют: на сухом асфальте сцепления шин с дорогой хватает, чтобы
преодолеть это сопротивление, а на льду не въехать ни на одной передаче (силу тяги ограничивает и трение из урока о
торможении).""",
            en=r"""## 2. The grade in per cent

A road sign's **grade** in per cent says how many metres the road rises over 100 m of horizontal distance:
$p = 100 \cdot \tan \alpha$. On a 30 % grade $\tan \alpha = 0.3$, so $\alpha \approx 16.7°$, not 30° (an
angle of 30° has $\tan 30° \approx 0.577$, a 58 % grade). Nor is $\sin \alpha = 0.3$: $\sin \alpha \approx 0.287$,
$\cos \alpha \approx 0.958$.

## 3. What holds the car back

As in grade 9, split the weight $mg$ into two components: $mg \sin \alpha$ down the slope, the **grade
resistance**, and $mg \cos \alpha$ across the road, with which the wheels press on it. A rolling tyre deforms, which
gives the **rolling resistance** $f \cdot mg \cos \alpha$, where $f$ is the rolling resistance coefficient
(0.010–0.015 on asphalt; it is not the sliding friction of braking, and much smaller). The car climbs slowly, so we
leave air resistance out. We take it that the driving wheels do not slip: on dry asphalt the tyres' grip is enough
to carry this resistance, while on ice no gear would take the slope (the friction of the braking lesson limits the
tractive force too)."""),
        a.text(kk=r"""$$\operatorname{tg} \alpha = \frac{p}{100}, \qquad R = m g \sin \alpha + f m g \cos \alpha, \qquad F \ge R$$""",
               ru=r"""$$\operatorname{tg} \alpha = \frac{p}{100}, \qquad R = m g \sin \alpha + f m g \cos \alpha, \qquad F \ge R$$""",
               en=r"""$$\tan \alpha = \frac{p}{100}, \qquad R = m g \sin \alpha + f m g \cos \alpha, \qquad F \ge R$$"""),
        a.text(
            kk=r"""Беріліс еңіске көтереді, егер оның ең үлкен тарту күші (қозғалтқыштың ең үлкен айналдыру моментінде) жалпы
кедергіден кем болмаса: $F \ge R$. Кроссовердің деректері:""",
            ru=r"""Передача берёт подъём, если её наибольшая сила тяги (при наибольшем крутящем моменте двигателя) не меньше
суммарного сопротивления: $F \ge R$. Данные кроссовера:""",
            en=r"""A gear climbs the slope when its largest tractive force (at the engine's peak torque) is at least the total
resistance: $F \ge R$. The crossover's data:"""),
        data_cell(),
        a.example(
            kk=r"""### 2-мысал. 1500 кг, 30 %

$mg = 1500 \cdot 9{,}81 = 14\,715$ Н. Көтерілу кедергісі $14\,715 \cdot 0{,}287 \approx 4230$ Н, домалау кедергісі
$0{,}015 \cdot 14\,715 \cdot 0{,}958 \approx 211$ Н, барлығы $R \approx 4440$ Н $= 4{,}44$ кН. 1-мысалдан: 1-берілісте
$F \approx 8{,}88$ кН, 2-берілісте $\approx 4{,}88$ кН $> 4{,}44$ кН — көтереді, 3-берілісте $\approx 3{,}14$ кН —
көтермейді. Еңіске көтеретін ең жоғары беріліс — 2-беріліс.""",
            ru=r"""### Пример 2. 1500 кг, 30 %

$mg = 1500 \cdot 9{,}81 = 14\,715$ Н. Сопротивление подъёму $14\,715 \cdot 0{,}287 \approx 4230$ Н, сопротивление
качению $0{,}015 \cdot 14\,715 \cdot 0{,}958 \approx 211$ Н, всего $R \approx 4440$ Н $= 4{,}44$ кН. Из примера 1: на
1-й передаче $F \approx 8{,}88$ кН, на 2-й $\approx 4{,}88$ кН $> 4{,}44$ кН — въезжает, на 3-й $\approx 3{,}14$ кН —
не въезжает. Самая высокая передача, на которой автомобиль въезжает, — 2-я.""",
            en=r"""### Example 2. 1500 kg, 30 %

$mg = 1500 \cdot 9.81 = 14{,}715$ N. The grade resistance is $14{,}715 \cdot 0.287 \approx 4230$ N, the rolling
resistance $0.015 \cdot 14{,}715 \cdot 0.958 \approx 211$ N, in all $R \approx 4440$ N $= 4.44$ kN. From example 1:
in 1st gear $F \approx 8.88$ kN, in 2nd $\approx 4.88$ kN $> 4.44$ kN, so it climbs; in 3rd $\approx 3.14$ kN, so it
does not. The highest gear that climbs is 2nd."""),
        a.code(r"""R = grade_resistance(MASS, 30) + rolling_resistance(MASS, 30)
print("R =", round(R / 1000, 2), pick({"kk": "кН", "ru": "кН", "en": "kN"}))
for number, i in enumerate(RATIOS, start=1):
    force = tractive_force(200, i)
    verdict = (pick({"kk": "көтереді", "ru": "въезжает", "en": "climbs"}) if force >= R
               else pick({"kk": "көтермейді", "ru": "не въезжает", "en": "does not climb"}))
    print(pick({"kk": f"{number}-беріліс:", "ru": f"{number}-я передача:", "en": f"gear {number}:"}),
          round(force / 1000, 2), pick({"kk": "кН", "ru": "кН", "en": "kN"}), verdict)""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Әріптесіңіз 30 % еңісті 30° деп алды, ал екінші әріптес $\sin \alpha = 0{,}3$ деп алды. Төмендегі ұяшық үш есептеуді
салыстырады: дұрысы $\operatorname{tg} \alpha = 0{,}3$ кезінде $R \approx 4{,}44$ кН, 30° кезінде $\approx 7{,}55$ кН
(сонда тек 1-беріліс көтерер еді, яғни 2-берілісті қате жоққа шығарамыз), $\sin \alpha = 0{,}3$ кезінде
$\approx 4{,}63$ кН. Шағын еңісте $\sin \alpha \approx \operatorname{tg} \alpha$, ал 30 %-да айырма 4 %-дан асады.""",
            ru=r"""### Верно ли?

Ваш коллега взял уклон 30 % за 30°, а второй коллега — за $\sin \alpha = 0{,}3$. Ячейка ниже сравнивает три расчёта:
правильный при $\operatorname{tg} \alpha = 0{,}3$ даёт $R \approx 4{,}44$ кН, при 30° — $\approx 7{,}55$ кН (тогда
въезжала бы только 1-я передача, и мы напрасно отказались бы от 2-й), при $\sin \alpha = 0{,}3$ — $\approx 4{,}63$ кН.
На малом уклоне $\sin \alpha \approx \operatorname{tg} \alpha$, а при 30 % разница больше 4 %.""",
            en=r"""### Is it true?

Your colleague took the 30 % grade for 30°, and another one for $\sin \alpha = 0.3$. The cell below compares the
three: the right one, $\tan \alpha = 0.3$, gives $R \approx 4.44$ kN; 30° gives $\approx 7.55$ kN (then only 1st gear
would climb, and we would wrongly rule 2nd out); $\sin \alpha = 0.3$ gives $\approx 4.63$ kN. On a gentle slope
$\sin \alpha \approx \tan \alpha$, but at 30 % they differ by more than 4 %."""),
        a.code(r"""weight = MASS * G
for name, alpha in [(pick({"kk": "tg α = 0,3", "ru": "tg α = 0,3", "en": "tan α = 0.3"}), math.atan(0.3)),
                    ("α = 30°", math.radians(30)),
                    (pick({"kk": "sin α = 0,3", "ru": "sin α = 0,3", "en": "sin α = 0.3"}), math.asin(0.3))]:
    R = weight * (math.sin(alpha) + ROLLING * math.cos(alpha))
    print(name, "| α =", round(math.degrees(alpha), 1), "° | R =", round(R / 1000, 2),
          pick({"kk": "кН", "ru": "кН", "en": "kN"}))""", role="misconception"),
        a.predict(
            kk=r"""### Алдымен бағалаңыз

Енді автомобиль толық жүктелген: 1700 кг. Зертханада беріліс пен басты берілістің беріліс санын $i_0$ таңдайсыз.
Жүгірткілерді қозғамас бұрын бағалаңыз: $R$ шамамен неше есе өседі? 2-беріліс бұрынғы $i_0 = 4{,}1$-де әлі де
көтере ме? Көтеру үшін $i_0$-ды арттыру керек пе, азайту керек пе, және сонда 2-берілістегі ең үлкен жылдамдыққа
не болады?""",
            ru=r"""### Сначала оцените

Теперь автомобиль загружен полностью: 1700 кг. В лаборатории вы выбираете передачу и передаточное число главной
передачи $i_0$. Прежде чем двигать ползунки, оцените: во сколько примерно раз вырастет $R$? Въедет ли автомобиль на 2-й
передаче с прежним $i_0 = 4{,}1$? Чтобы въехать, $i_0$ нужно увеличить или уменьшить, и что тогда будет с наибольшей
скоростью на 2-й передаче?""",
            en=r"""### Estimate first

Now the car is fully loaded: 1700 kg. In the lab you choose the gear and the final drive ratio $i_0$. Before you
move a slider, estimate: about how many times larger does $R$ get? Does 2nd gear still climb with the old
$i_0 = 4.1$? To climb, must $i_0$ go up or down, and what happens then to the top speed in 2nd gear?"""),
        a.design_lab("""design_lab = gearbox.make_lab("loaded-30")
design_lab"""),
        a.text(
            kk=r"""Тапсырманың талаптары зертхананың үстінде жазылған. Берілісті және $i_0$-ды таңдап, **Жобаны тексеру** батырмасын
басыңыз. Бағалауыңыз расталды ма? $i_0$-ды тым үлкен алсаңыз, қай талап орындалмайды және неге?""",
            ru=r"""Требования задания написаны над лабораторией. Выберите передачу и $i_0$ и нажмите **Проверить проект**.
Подтвердилась ли оценка? Какое требование не выполняется, если взять $i_0$ слишком большим, и почему?""",
            en=r"""The task's requirements are written above the lab. Choose the gear and $i_0$ and press **Check the design**. Was
your estimate right? Which requirement fails if you take $i_0$ too large, and why?"""),
        a.summary(
            kk=r"""## Қорытынды

* **Еңіс** пайызбен: $\operatorname{tg} \alpha = p/100$; 30 % — бұл $\alpha \approx 16{,}7°$, 30° емес және
  $\sin \alpha = 0{,}3$ емес.
* **Көтерілу кедергісі** $mg \sin \alpha$, **домалау кедергісі** $f \cdot mg \cos \alpha$; еңісте ауа кедергісі аз.
* Беріліс еңіске көтереді, егер оның ең үлкен **тарту күші** $F \ge R$.
* **Басты беріліс** пен төмен беріліс тарту күшін арттырады, бірақ ең үлкен жылдамдықты азайтады: жобалау —
  күш пен жылдамдықтың арасындағы келісім.""",
            ru=r"""## Итоги

* **Уклон** в процентах: $\operatorname{tg} \alpha = p/100$; 30 % — это $\alpha \approx 16{,}7°$, а не 30° и не
  $\sin \alpha = 0{,}3$.
* **Сопротивление подъёму** $mg \sin \alpha$, **сопротивление качению** $f \cdot mg \cos \alpha$; на подъёме
  сопротивление воздуха мало.
* Передача берёт подъём, если её наибольшая **сила тяги** $F \ge R$.
* **Главная передача** и низкая передача увеличивают силу тяги, но уменьшают наибольшую скорость: проектирование —
  компромисс между силой и скоростью.""",
            en=r"""## Summary

* The **grade** in per cent: $\tan \alpha = p/100$; 30 % means $\alpha \approx 16.7°$, not 30° and not
  $\sin \alpha = 0.3$.
* The **grade resistance** is $mg \sin \alpha$, the **rolling resistance** $f \cdot mg \cos \alpha$; on a slope the
  air resistance is small.
* A gear climbs the slope when its largest **tractive force** $F \ge R$.
* The **final drive** and a low gear raise the tractive force but lower the top speed: design is a trade-off
  between force and speed."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Сөйлемді аяқтаңыз: «30 % еңіс 30° емес, себебі ...».
2. Жобалауда қай талапты орындау ең қиын болды және неге?
3. Бүгін сізге не түсініксіз қалды?""",
            ru=r"""## Рефлексия

1. Закончите предложение: «Уклон 30 % — это не 30°, потому что ...».
2. Какое требование было труднее всего выполнить в проекте и почему?
3. Что сегодня осталось для вас непонятным?""",
            en=r"""## Reflection

1. Finish the sentence: "A 30 % grade is not 30° because ..."
2. Which requirement was the hardest to meet in the design, and why?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, compare, check_function, check_design, fingerprint, require, rules, self_check
from curriculum.labs import gearbox
from curriculum.i18n import pick

# [kk] 1-тапсырмаға арналған символдар: айналдыру моменті, беріліс саны, басты берілістің беріліс саны, ПӘК, дөңгелектің радиусы
# [ru] символы для задания 1: крутящий момент, передаточное число, передаточное число главной передачи, КПД, радиус колеса
# [en] symbols for Task 1: torque, gear ratio, final drive ratio, efficiency, wheel radius
T, i, i0, eta, r = sp.symbols("T i i0 eta r", positive=True)"""

NO_EFFICIENCY = """{'kk': 'Трансмиссияның ПӘК-ін ескеріңіз: моментті η-ға көбейтіңіз.', 'ru': 'Учтите КПД трансмиссии: умножьте момент на η.', 'en': 'Remember the drivetrain efficiency: multiply the torque by η.'}"""
TIMES_RADIUS = """{'kk': 'Күш = момент / радиус: r-ге бөлу керек, көбейту емес.', 'ru': 'Сила = момент / радиус: на r нужно делить, а не умножать.', 'en': 'Force = torque / radius: divide by r, do not multiply.'}"""
NO_FINAL_DRIVE = """{'kk': 'Басты берілісті ұмытпаңыз: жалпы беріліс саны i·i₀.', 'ru': 'Не забудьте главную передачу: общее передаточное число i·i₀.', 'en': 'Do not forget the final drive: the total ratio is i·i₀.'}"""
DIAMETER = """{'kk': 'r — радиус; диаметрді емес, радиусты алыңыз.', 'ru': 'r — радиус; возьмите радиус, а не диаметр.', 'en': 'r is the radius; use the radius, not the diameter.'}"""
PER_MINUTE = """{'kk': 'Айн/мин-ты айн/с-қа айналдыру үшін 60-қа бөліңіз.', 'ru': 'Чтобы перевести об/мин в об/с, разделите на 60.', 'en': 'Divide by 60 to turn rpm into revolutions per second.'}"""
THIRTY_DEGREES = """{'kk': '30 % — бұл 30° емес: tg α = 0,3.', 'ru': '30 % — это не 30°: tg α = 0,3.', 'en': 'A 30 % grade is not 30°: tan α = 0.3.'}"""
SINE_030 = """{'kk': '30 % еңісте tg α = 0,3, ал sin α = 0,3 емес.', 'ru': 'На уклоне 30 % tg α = 0,3, а не sin α = 0,3.', 'en': 'On a 30 % grade tan α = 0.3, not sin α = 0.3.'}"""
NO_ROLLING = """{'kk': 'Домалау кедергісін қосуды ұмытпаңыз: f·m·g·cos α.', 'ru': 'Не забудьте сопротивление качению: f·m·g·cos α.', 'en': 'Do not forget the rolling resistance: f·m·g·cos α.'}"""


def assignment(meta: object) -> object:
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk=r"""# Беріліс қорабы: тарту күші, жылдамдық және 30 % еңіс

Қостанайдағы автомобиль зауытының сынақ трассасында кроссовер 30 % еңіске көтерілуі керек. Дөңгелектегі
**тарту күші** $F = \dfrac{T \cdot i \cdot i_0 \cdot \eta}{r}$, жылдамдық $v = \dfrac{2 \pi r n}{60 \cdot i \cdot i_0}$
(м/с), еңісте **көтерілу кедергісі** $mg \sin \alpha$ және **домалау кедергісі** $f mg \cos \alpha$, мұнда
$\operatorname{tg} \alpha = p/100$. Ауа кедергісін ескермейміз, $g = 9{,}81$ м/с². Кроссовердің деректері:""",
            ru=r"""# Коробка передач: сила тяги, скорость и подъём 30 %

На испытательном треке автомобильного завода в Костанае кроссовер должен въехать на подъём 30 %. **Сила тяги** на
колёсах $F = \dfrac{T \cdot i \cdot i_0 \cdot \eta}{r}$, скорость $v = \dfrac{2 \pi r n}{60 \cdot i \cdot i_0}$ (м/с),
на уклоне — **сопротивление подъёму** $mg \sin \alpha$ и **сопротивление качению** $f mg \cos \alpha$, где
$\operatorname{tg} \alpha = p/100$. Сопротивление воздуха не учитываем, $g = 9{,}81$ м/с². Данные кроссовера:""",
            en=r"""# The gearbox: tractive force, speed and the 30 % slope

On the test track of the car plant in Kostanay the crossover must climb a 30 % slope. The **tractive force** at
the wheels is $F = \dfrac{T \cdot i \cdot i_0 \cdot \eta}{r}$, the speed $v = \dfrac{2 \pi r n}{60 \cdot i \cdot i_0}$
(m/s); on a slope the **grade resistance** is $mg \sin \alpha$ and the **rolling resistance** $f mg \cos \alpha$, where
$\tan \alpha = p/100$. We leave air resistance out; $g = 9.81$ m/s². The crossover's data:"""),
        data_cell(),
        a.text(
            kk=r"""Уақыты — 45 минут.

**Жауапты қалай жазу керек.** Бірінші ұяшықта `T`, `i`, `i0`, `eta`, `r` символдары және `gearbox` модулі (зертхананың
моделі) жүктелген. Python кодында бөлшек сандар нүктемен жазылады: `0.31`. Өлшем бірлігі бар шаманы `ureg` арқылы
жазыңыз (`ureg.N`, `ureg.kN`, `ureg("km/h")`, `ureg("m/s")`, `ureg.rpm`); функцияны тапсырма айтқан атпен және
параметрлерімен жазыңыз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз.""",
            ru=r"""Время — 45 минут.

**Как записывать ответы.** В первой ячейке уже заданы символы `T`, `i`, `i0`, `eta`, `r` и загружен модуль `gearbox`
(модель лаборатории). В коде Python дробные числа пишутся через точку: `0.31`. Величину с единицей измерения
записывайте через `ureg` (`ureg.N`, `ureg.kN`, `ureg("km/h")`, `ureg("m/s")`, `ureg.rpm`); функцию пишите с тем
именем и теми параметрами, которые называет задача. Запускайте тестовую ячейку под каждой задачей.""",
            en=r"""Time: 45 minutes.

**How to write answers.** The first cell defines the symbols `T`, `i`, `i0`, `eta`, `r` and loads the module
`gearbox` (the lab's model). In Python code a decimal number is written with a point: `0.31`. Write a quantity with
a unit through `ureg` (`ureg.N`, `ureg.kN`, `ureg("km/h")`, `ureg("m/s")`, `ureg.rpm`); write each function with
the name and parameters the task gives. Run the test cell under each task."""),

        a.text(kk="## А бөлім. Тарту күші және жылдамдық", ru="## Часть А. Сила тяги и скорость",
               en="## Part A. Tractive force and speed"),
        a.task(1, 1, "A",
               kk=r"""Тарту күшінің формуласы. Дөңгелектегі тарту күшін `T`, `i`, `i0`, `eta`, `r` символдары арқылы sympy өрнегі
түрінде жазып, `F_formula` айнымалысына сақтаңыз. Жауаптың түрі: `T*i/(eta*r)` сияқты өрнек (бұл жауап емес).""",
               ru=r"""Формула силы тяги. Запишите силу тяги на колёсах выражением sympy через символы `T`, `i`, `i0`, `eta`, `r` и
сохраните в `F_formula`. Вид ответа: выражение вроде `T*i/(eta*r)` (это не ответ).""",
               en=r"""The tractive force formula. Write the tractive force at the wheels as a sympy expression in the symbols `T`,
`i`, `i0`, `eta`, `r` and store it in `F_formula`. The form of the answer: an expression such as `T*i/(eta*r)` (not
the answer)."""),
        a.answer("force-formula", "F_formula = T * i * i0 * eta / r", hint={
            "kk": "F_formula = ...  (T, i, i0, eta, r арқылы sympy өрнегі)",
            "ru": "F_formula = ...  (выражение sympy от T, i, i0, eta, r)",
            "en": "F_formula = ...  (a sympy expression in T, i, i0, eta, r)"}),
        a.tests("force-formula-test", 1, public=f"""assert isinstance(F_formula, sp.Expr), pick({{"kk": "F_formula: sympy өрнегі керек", "ru": "F_formula: нужно выражение sympy", "en": "F_formula should be a sympy expression"}})
assert {{str(x) for x in F_formula.free_symbols}} <= {{"T", "i", "i0", "eta", "r"}}, "F_formula: T, i, i0, eta, r"
advise(self_check(F_formula, fingerprint(T * i * i0 * eta / r, mistakes=[
    rules.wrong_answer(T * i * i0 / r, code="no-efficiency", message={NO_EFFICIENCY}),
    rules.wrong_answer(T * i * i0 * eta * r, code="times-radius", message={TIMES_RADIUS})])))""",
                hidden=f"""require(compare(F_formula, "T*i*i0*eta/r", rules=[
    rules.wrong_answer("T*i*i0/r", code="no-efficiency", message={NO_EFFICIENCY}),
    rules.wrong_answer("T*i*i0*eta*r", code="times-radius", message={TIMES_RADIUS}),
    rules.wrong_answer("T*i*eta/r", code="no-final-drive", message={NO_FINAL_DRIVE}),
]))"""),

        a.task(2, 1, "A",
               kk=r"""1-берілістегі ең үлкен тарту күші. Қозғалтқыш ең үлкен айналдыру моментін береді, автомобиль 1-берілісте.
Тарту күшін `F1` айнымалысына күш бірлігі бар pint шамасы ретінде сақтаңыз, мысалы `2.5 * ureg.kN` (бұл жауап
емес). 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru=r"""Наибольшая сила тяги на 1-й передаче. Двигатель даёт наибольший крутящий момент, автомобиль на 1-й передаче.
Сохраните силу тяги в `F1` как величину pint с единицей силы, например `2.5 * ureg.kN` (это не ответ). Принимается
ответ с точностью до 1 %.""",
               en=r"""The largest tractive force in 1st gear. The engine gives its peak torque and the car is in 1st gear. Store
the tractive force in `F1` as a pint quantity with a unit of force, for example `2.5 * ureg.kN` (not the answer).
An answer within 1 % is accepted."""),
        a.answer("first-gear-force", "F1 = (200 * ureg.N * ureg.m) * 3.73 * 4.1 * 0.90 / (0.31 * ureg.m)", hint={
            "kk": "F1 = ...  (pint шамасы: Н немесе кН)", "ru": "F1 = ...  (величина pint: Н или кН)",
            "en": "F1 = ...  (a pint quantity: N or kN)"}),
        a.tests("first-gear-force-test", 1, public=f"""require(compare(F1, "N", mode="dimension"))
advise(self_check(F1, fingerprint(200 * 3.73 * 4.1 * 0.90 / 0.31 * ureg.N, rtol=0.01, mistakes=[
    rules.wrong_answer(200 * 3.73 * 4.1 / 0.31 * ureg.N, code="no-efficiency", message={NO_EFFICIENCY}),
    rules.wrong_answer(200 * 3.73 * 0.90 / 0.31 * ureg.N, code="no-final-drive", message={NO_FINAL_DRIVE})])))""",
                hidden=f"""require(compare(F1, 200 * 3.73 * 4.1 * 0.90 / 0.31 * ureg.N, mode="units", rtol=0.01, rules=[
    rules.wrong_answer(200 * 3.73 * 4.1 / 0.31 * ureg.N, code="no-efficiency", message={NO_EFFICIENCY}),
    rules.wrong_answer(200 * 3.73 * 0.90 / 0.31 * ureg.N, code="no-final-drive", message={NO_FINAL_DRIVE}),
    rules.wrong_answer(200 * 3.73 * 4.1 * 0.90 / 0.62 * ureg.N, code="diameter", message={DIAMETER}),
]))"""),

        a.task(3, 1, "A",
               kk=r"""2-берілістегі ең үлкен жылдамдық. Қозғалтқыш ең үлкен айналу жиілігімен, 6000 айн/мин-пен айналады,
автомобиль 2-берілісте. Жылдамдықты `v2` айнымалысына жылдамдық бірлігі бар pint шамасы ретінде сақтаңыз, мысалы
`50 * ureg("km/h")` немесе `14 * ureg("m/s")` (бұл жауап емес). 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru=r"""Наибольшая скорость на 2-й передаче. Двигатель вращается с наибольшей частотой 6000 об/мин, автомобиль на
2-й передаче. Сохраните скорость в `v2` как величину pint с единицей скорости, например `50 * ureg("km/h")` или
`14 * ureg("m/s")` (это не ответ). Принимается ответ с точностью до 1 %.""",
               en=r"""The top speed in 2nd gear. The engine turns at its maximum speed, 6000 rpm, and the car is in 2nd gear. Store
the speed in `v2` as a pint quantity with a unit of speed, for example `50 * ureg("km/h")` or `14 * ureg("m/s")`
(not the answer). An answer within 1 % is accepted."""),
        a.answer("second-gear-speed", "v2 = (2 * math.pi * 0.31 * 6000 / (60 * 2.05 * 4.1) * ureg('m/s')).to('km/h')", hint={
            "kk": "v2 = ...  (pint шамасы: км/сағ немесе м/с)", "ru": "v2 = ...  (величина pint: км/ч или м/с)",
            "en": "v2 = ...  (a pint quantity: km/h or m/s)"}),
        a.tests("second-gear-speed-test", 1, public=f"""require(compare(v2, "m/s", mode="dimension"))
advise(self_check(v2, fingerprint(2 * math.pi * 0.31 * 6000 / (60 * 2.05 * 4.1) * ureg('m/s'), rtol=0.01, mistakes=[
    rules.wrong_answer(2 * math.pi * 0.31 * 6000 / (2.05 * 4.1) * ureg('m/s'), code="rpm-not-per-second", message={PER_MINUTE}),
    rules.wrong_answer(2 * math.pi * 0.31 * 6000 / (60 * 2.05) * ureg('m/s'), code="no-final-drive", message={NO_FINAL_DRIVE})])))""",
                hidden=f"""require(compare(v2, 2 * math.pi * 0.31 * 6000 / (60 * 2.05 * 4.1) * ureg('m/s'), mode="units", rtol=0.01, rules=[
    rules.wrong_answer(2 * math.pi * 0.31 * 6000 / (2.05 * 4.1) * ureg('m/s'), code="rpm-not-per-second", message={PER_MINUTE}),
    rules.wrong_answer(2 * math.pi * 0.31 * 6000 / (60 * 2.05) * ureg('m/s'), code="no-final-drive", message={NO_FINAL_DRIVE}),
]))"""),

        a.text(kk="## Ә бөлім. Еңіс және беріліс таңдау", ru="## Часть Б. Подъём и выбор передачи",
               en="## Part B. The slope and the choice of gear"),
        a.task(4, 2, "B",
               kk=r"""30 % еңістегі кедергі. 1500 кг автомобиль 30 % еңіске көтеріледі. Көтерілу кедергісі мен домалау
кедергісінің қосындысын `R30` айнымалысына күш бірлігі бар pint шамасы ретінде сақтаңыз, мысалы `3 * ureg.kN` (бұл
жауап емес). 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru=r"""Сопротивление на уклоне 30 %. Автомобиль массой 1500 кг въезжает на подъём 30 %. Сохраните сумму
сопротивления подъёму и сопротивления качению в `R30` как величину pint с единицей силы, например `3 * ureg.kN` (это
не ответ). Принимается ответ с точностью до 1 %.""",
               en=r"""The resistance on the 30 % slope. The 1500 kg car climbs the 30 % slope. Store the sum of the grade resistance
and the rolling resistance in `R30` as a pint quantity with a unit of force, for example `3 * ureg.kN` (not the
answer). An answer within 1 % is accepted."""),
        a.answer("slope-resistance", """alpha = math.atan(30 / 100)
R30 = 1500 * 9.81 * (math.sin(alpha) + 0.015 * math.cos(alpha)) * ureg.N""", hint={
            "kk": "R30 = ...  (pint шамасы: Н немесе кН)", "ru": "R30 = ...  (величина pint: Н или кН)",
            "en": "R30 = ...  (a pint quantity: N or kN)"}),
        a.tests("slope-resistance-test", 2, public=f"""require(compare(R30, "N", mode="dimension"))
advise(self_check(R30, fingerprint(gearbox.resistance(1500, 30) * ureg.N, rtol=0.01, mistakes=[
    rules.wrong_answer(1500 * 9.81 * (math.sin(math.radians(30)) + 0.015 * math.cos(math.radians(30))) * ureg.N, code="thirty-degrees", message={THIRTY_DEGREES}),
    rules.wrong_answer(1500 * 9.81 * (0.3 + 0.015 * math.sqrt(1 - 0.3**2)) * ureg.N, code="sine-0.3", message={SINE_030}),
    rules.wrong_answer(gearbox.grade_resistance(1500, 30) * ureg.N, code="no-rolling", message={NO_ROLLING})])))""",
                hidden=f"""require(compare(R30, gearbox.resistance(1500, 30) * ureg.N, mode="units", rtol=0.01, rules=[
    rules.wrong_answer(1500 * 9.81 * (math.sin(math.radians(30)) + 0.015 * math.cos(math.radians(30))) * ureg.N, code="thirty-degrees", message={THIRTY_DEGREES}),
    rules.wrong_answer(1500 * 9.81 * (0.3 + 0.015 * math.sqrt(1 - 0.3**2)) * ureg.N, code="sine-0.3", message={SINE_030}),
    rules.wrong_answer(gearbox.grade_resistance(1500, 30) * ureg.N, code="no-rolling", message={NO_ROLLING}),
]))"""),

        a.task(5, 2, "B",
               kk=r"""Еңіске көтеретін беріліс. `climbing_gear(torque, ratios, final_drive, efficiency, radius, resistance)`
функциясын жазыңыз: `torque` — қозғалтқыштың айналдыру моменті (Н·м), `ratios` — 1-берілістен бастап беріліс
сандарының тізімі, `final_drive` — $i_0$, `efficiency` — $\eta$, `radius` — $r$ (м), `resistance` — кедергі (Н).
Функция тарту күші кедергіден кем емес ($F \ge R$) ең жоғары берілістің нөмірін қайтарады (1-беріліс — `1`), ал
ешбір беріліс көтермесе — `0`.

Мысалдар: `climbing_gear(200, [3.73, 2.05, 1.32], 4.1, 0.9, 0.31, 4440)` → `2`;
`climbing_gear(100, [3.73], 4.1, 0.9, 0.31, 5000)` → `0`.""",
               ru=r"""Передача, которая берёт подъём. Напишите функцию `climbing_gear(torque, ratios, final_drive, efficiency,
radius, resistance)`: `torque` — крутящий момент двигателя (Н·м), `ratios` — список передаточных чисел начиная с
1-й передачи, `final_drive` — $i_0$, `efficiency` — $\eta$, `radius` — $r$ (м), `resistance` — сопротивление (Н).
Функция возвращает номер самой высокой передачи, сила тяги которой не меньше сопротивления ($F \ge R$) (1-я
передача — `1`), а если не въезжает ни одна — `0`.

Примеры: `climbing_gear(200, [3.73, 2.05, 1.32], 4.1, 0.9, 0.31, 4440)` → `2`;
`climbing_gear(100, [3.73], 4.1, 0.9, 0.31, 5000)` → `0`.""",
               en=r"""The gear that climbs. Write the function `climbing_gear(torque, ratios, final_drive, efficiency, radius,
resistance)`: `torque` is the engine torque (N·m), `ratios` the list of gear ratios from 1st gear up,
`final_drive` $i_0$, `efficiency` $\eta$, `radius` $r$ (m), `resistance` the resistance (N). The function returns
the number of the highest gear whose tractive force is at least the resistance ($F \ge R$) (1st gear is `1`), or
`0` when no gear climbs.

Examples: `climbing_gear(200, [3.73, 2.05, 1.32], 4.1, 0.9, 0.31, 4440)` → `2`;
`climbing_gear(100, [3.73], 4.1, 0.9, 0.31, 5000)` → `0`."""),
        a.answer("climbing-gear", """def climbing_gear(torque, ratios, final_drive, efficiency, radius, resistance):
    best = 0
    for number, ratio in enumerate(ratios, start=1):
        force = torque * ratio * final_drive * efficiency / radius
        if force >= resistance:
            best = number
    return best""", hint={
            "kk": "def climbing_gear(torque, ratios, final_drive, efficiency, radius, resistance): ...   берілістің нөмірін қайтарады (0 — ешқайсысы)",
            "ru": "def climbing_gear(torque, ratios, final_drive, efficiency, radius, resistance): ...   возвращает номер передачи (0 — ни одна)",
            "en": "def climbing_gear(torque, ratios, final_drive, efficiency, radius, resistance): ...   returns a gear number (0: none)"}),
        a.tests("climbing-gear-test", 2, public="""assert callable(climbing_gear), pick({"kk": "climbing_gear: функция керек", "ru": "climbing_gear: нужна функция", "en": "climbing_gear should be a function"})
# [kk] тапсырма мәтініндегі мысалдар
# [ru] примеры из текста задания
# [en] the examples from the task text
require(check_function(climbing_gear, gearbox.climbing_gear, inputs=[(200, [3.73, 2.05, 1.32], 4.1, 0.9, 0.31, 4440),
                                                                     (100, [3.73], 4.1, 0.9, 0.31, 5000)]))""",
                hidden="""from hypothesis import strategies as st
ratios = list(gearbox.RATIOS)
cases = [(200, [3.73, 2.05, 1.32], 4.1, 0.9, 0.31, 4440), (100, [3.73], 4.1, 0.9, 0.31, 5000),
         (200, ratios, 4.1, 0.9, 0.31, gearbox.resistance(1500, 30)), (200, ratios, 4.1, 0.9, 0.31, gearbox.resistance(1700, 30)),
         (200, ratios, 4.1, 0.9, 0.31, gearbox.resistance(1500, 0)), (200, ratios, 4.1, 0.9, 0.31, 20000),
         (165, ratios, 3.9, 0.92, 0.3, 2500), (200, [], 4.1, 0.9, 0.31, 100), (200, ratios, 4.1, 0.88, 0.33, 2000)]
strategy = st.tuples(st.integers(min_value=80, max_value=400), st.lists(st.integers(min_value=60, max_value=450), min_size=1,
                                                                          max_size=6).map(lambda xs: sorted((x / 100 for x in xs), reverse=True)),
                     st.sampled_from([3.5, 3.9, 4.1, 4.5]), st.sampled_from([0.85, 0.9, 0.92]), st.sampled_from([0.28, 0.31, 0.34]),
                     st.integers(min_value=500, max_value=15000).map(lambda x: x + 0.5))
require(check_function(climbing_gear, gearbox.climbing_gear, inputs=cases, strategy=strategy, max_examples=120))"""),

        a.text(kk="## Б бөлім. Жобалау және түсіндіру", ru="## Часть В. Проект и объяснение",
               en="## Part C. Design and explanation"),
        a.task(6, 2, "C",
               kk=r"""Жобалау: толық жүктелген автомобиль. Бес адам мен жүк тиелген кроссовердің массасы 1700 кг. Талаптар:

* автомобиль 30 % еңіске көтеріледі: таңдалған берілістегі ең үлкен тарту күші кедергіден кем емес;
* беріліс кемінде 2-беріліс (1-берілісте жүргізуші еңісте тым баяу жүреді);
* сол берілісте 6000 айн/мин кезінде автомобиль кемінде 75 км/сағ-қа жетеді.

Беріліс сандары өзгермейді, басты берілістің беріліс санын $i_0$ өзгертуге болады. Зертханада беріліс пен $i_0$-ды
таңдап, **Жобаны тексеру** батырмасын басыңыз. Жоба талаптарға сай болғанда, зертхана көрсеткен жолды
(`design = {...}`) жауап ұяшығына көшіріңіз: бағалау кезінде ешкім жүгірткіні жылжытпайды.""",
               ru=r"""Проект: полностью загруженный автомобиль. Масса кроссовера с пятью людьми и багажом — 1700 кг. Требования:

* автомобиль въезжает на подъём 30 %: наибольшая сила тяги на выбранной передаче не меньше сопротивления;
* передача не ниже 2-й (на 1-й передаче водитель едет в гору слишком медленно);
* на этой передаче при 6000 об/мин автомобиль разгоняется не меньше чем до 75 км/ч.

Передаточные числа коробки не меняются, передаточное число главной передачи $i_0$ можно изменить. Выберите в
лаборатории передачу и $i_0$ и нажмите **Проверить проект**. Когда проект выполняет все требования, скопируйте
строку, которую показывает лаборатория (`design = {...}`), в ячейку ответа: при оценивании никто не двигает ползунки.""",
               en=r"""Design: the fully loaded car. With five people and luggage the crossover's mass is 1700 kg. Requirements:

* the car climbs the 30 % slope: the largest tractive force in the chosen gear is at least the resistance;
* the gear is 2nd or higher (in 1st the driver goes up the hill too slowly);
* in that gear the car reaches at least 75 km/h at 6000 rpm.

The gearbox's ratios stay as they are; the final drive ratio $i_0$ may change. Choose the gear and $i_0$ in the lab
and press **Check the design**. When the design meets every requirement, copy the line the lab shows
(`design = {...}`) into the answer cell: nobody moves a slider when your work is graded."""),
        a.code("""gearbox.make_lab("loaded-30")"""),
        a.answer("design", "design = {'gear': 2, 'final_drive': 4.4}", hint={
            "kk": "design = {...}   (зертхана көрсеткен жол: беріліс пен i0)",
            "ru": "design = {...}   (строка, которую показывает лаборатория: передача и i0)",
            "en": "design = {...}   (the line the lab shows: the gear and i0)"}),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {'gear', 'final_drive'} <= set(design), "design = {'gear': ..., 'final_drive': ...}"
advise(check_design(design, gearbox.DESIGN_SPEC, model=gearbox.design_result))""",
                hidden="""require(check_design(design, gearbox.DESIGN_SPEC, model=gearbox.design_result))"""),

        a.task(7, 3, "C", locked_id="explain-grade-prompt",
               kk=r"""Түсіндіріңіз. 5–8 сөйлеммен:
1. сынақ инженеріне 30 % еңіс пен 30° бұрыштың айырмасын түсіндіріңіз: бұрыш, кедергі және қай берілістер көтереді
   (сандарды келтіріңіз);
2. неге 1-беріліс еңіске оңай көтереді, бірақ автомобиль баяу жүреді: беріліс қорабы қуатты қоса ма? (4000 айн/мин
   кезіндегі $F \cdot v$ арқылы дәлелдеңіз);
3. жүктелген автомобиль үшін $i_0$-ды арттыру не береді және не алады.

Жауапты төмендегі ұяшыққа жазыңыз.""",
               ru=r"""Объясните. В 5–8 предложениях:
1. объясните инженеру-испытателю разницу между уклоном 30 % и углом 30°: угол, сопротивление и какие передачи
   въезжают (приведите числа);
2. почему 1-я передача легко берёт подъём, но автомобиль едет медленно: добавляет ли коробка передач мощность?
   (покажите через $F \cdot v$ при 4000 об/мин);
3. что даёт и что отнимает увеличение $i_0$ для загруженного автомобиля.

Напишите ответ в ячейке ниже.""",
               en=r"""Explain. In 5–8 sentences:
1. explain to the test engineer the difference between a 30 % grade and a 30° angle: the angle, the resistance and
   which gears climb (quote the numbers);
2. why 1st gear climbs the slope easily but the car goes slowly: does the gearbox add power? (show it with $F \cdot v$
   at 4000 rpm);
3. what raising $i_0$ gives the loaded car and what it takes away.

Write your answer in the cell below.""",
               rubric={
                   "kk": r"""* 1 ұпай: 30 % — $\operatorname{tg} \alpha = 0{,}3$, $\alpha \approx 16{,}7°$; 30° — 58 % еңіс; 1500 кг
  автомобильге $R \approx 4{,}44$ кН (30° деп алса $\approx 7{,}55$ кН); 1- және 2-беріліс көтереді (8,88 және 4,88 кН),
  30° деп алса тек 1-беріліс.
* 1 ұпай: беріліс қорабы қуат қоспайды: моментті $i$ есе арттырып, жылдамдықты $i$ есе азайтады; 4000 айн/мин
  кезінде кез келген берілісте $F \cdot v \approx 75{,}4$ кВт ($\eta \cdot 83{,}8$ кВт), сондықтан үлкен $F$ — аз $v$.
* 1 ұпай: $i_0$-ды арттыру барлық берілістегі тарту күшін арттырады (1700 кг-ға 2-берілісте $i_0 \ge 4{,}23$ керек),
  бірақ әр берілістегі ең үлкен жылдамдықты азайтады (75 км/сағ үшін $i_0 \le 4{,}56$), жанармай шығыны мен
  қозғалтқыштың айналу жиілігі жоғары жылдамдықта өседі.""",
                   "ru": r"""* 1 балл: 30 % — это $\operatorname{tg} \alpha = 0{,}3$, $\alpha \approx 16{,}7°$; 30° — это уклон 58 %; для
  автомобиля 1500 кг $R \approx 4{,}44$ кН (если взять 30° — $\approx 7{,}55$ кН); въезжают 1-я и 2-я передачи (8,88
  и 4,88 кН), а с 30° вышла бы только 1-я.
* 1 балл: коробка передач не добавляет мощности: увеличивает момент в $i$ раз и уменьшает скорость в $i$ раз; при
  4000 об/мин на любой передаче $F \cdot v \approx 75{,}4$ кВт ($\eta \cdot 83{,}8$ кВт), поэтому большая $F$ — малая $v$.
* 1 балл: рост $i_0$ увеличивает силу тяги на всех передачах (для 1700 кг на 2-й нужно $i_0 \ge 4{,}23$), но
  уменьшает наибольшую скорость на каждой передаче (для 75 км/ч $i_0 \le 4{,}56$), на высокой скорости растут
  частота вращения двигателя и расход топлива.""",
                   "en": r"""* 1 point: 30 % means $\tan \alpha = 0.3$, $\alpha \approx 16.7°$; 30° would be a 58 % grade; for the 1500 kg
  car $R \approx 4.44$ kN (taken as 30°, $\approx 7.55$ kN); 1st and 2nd gear climb (8.88 and 4.88 kN), with 30° only
  1st would.
* 1 point: the gearbox adds no power: it multiplies the torque by $i$ and divides the speed by $i$; at 4000 rpm
  $F \cdot v \approx 75.4$ kW in every gear ($\eta \cdot 83.8$ kW), so a large $F$ means a small $v$.
* 1 point: a larger $i_0$ raises the tractive force in every gear (the 1700 kg car needs $i_0 \ge 4.23$ in 2nd) but
  lowers the top speed in every gear (75 km/h needs $i_0 \le 4.56$); at high speed the engine turns faster and uses
  more fuel."""}),
        a.written("explain-grade", 3, r"""**Model answer (en).** A 30 % grade rises 30 m over 100 m, so $\tan \alpha = 0.3$
and $\alpha \approx 16.7°$; a 30° angle would be a 58 % grade. For the 1500 kg car the grade and rolling resistance
add up to about 4.44 kN; taking 30° gives about 7.55 kN, and then only 1st gear (8.88 kN) would seem to climb,
while in fact 2nd (4.88 kN) climbs too. The gearbox adds no power: it multiplies the torque by the gear ratio and
divides the speed by the same number. At 4000 rpm the engine gives 83.8 kW, and $F \cdot v \approx 75.4$ kW reach
the wheels in every gear, so the large force of 1st gear comes with a low speed. For the loaded car a larger $i_0$
raises the tractive force in every gear (2nd climbs from $i_0 \approx 4.23$), but it lowers the top speed in every
gear (75 km/h in 2nd needs $i_0 \le 4.56$), and on the motorway the engine turns faster and uses more fuel.

**Үлгі жауап (kk).** 30 % еңіс 100 м-де 30 м көтеріледі: $\operatorname{tg} \alpha = 0{,}3$, $\alpha \approx 16{,}7°$; 30°
бұрыш 58 % еңіс болар еді. 1500 кг автомобильге көтерілу мен домалау кедергісі шамамен 4,44 кН; 30° деп алсақ
$\approx 7{,}55$ кН, сонда тек 1-беріліс (8,88 кН) көтереді деп ойлаймыз, ал шын мәнінде 2-беріліс те (4,88 кН)
көтереді. Беріліс қорабы қуат қоспайды: моментті беріліс санына көбейтіп, жылдамдықты сонша есе азайтады. 4000 айн/мин
кезінде қозғалтқыш 83,8 кВт береді, дөңгелекке кез келген берілісте $F \cdot v \approx 75{,}4$ кВт жетеді, сондықтан
1-берілістің үлкен күші аз жылдамдықпен бірге келеді. Жүктелген автомобильге $i_0$-ды арттыру тарту күшін арттырады
(2-беріліс $i_0 \approx 4{,}23$-тен бастап көтереді), бірақ ең үлкен жылдамдықты азайтады (2-берілісте 75 км/сағ үшін
$i_0 \le 4{,}56$), ал тас жолда қозғалтқыш жиірек айналып, жанармайды көбірек жағады.

**Образец ответа (ru).** Уклон 30 % поднимается на 30 м на 100 м: $\operatorname{tg} \alpha = 0{,}3$,
$\alpha \approx 16{,}7°$; угол 30° — это уклон 58 %. Для автомобиля 1500 кг сопротивление подъёму и качению около
4,44 кН; если взять 30°, выйдет $\approx 7{,}55$ кН, и покажется, что въезжает только 1-я передача (8,88 кН), хотя на
самом деле въезжает и 2-я (4,88 кН). Коробка передач не добавляет мощности: она умножает момент на передаточное
число и во столько же раз уменьшает скорость. При 4000 об/мин двигатель даёт 83,8 кВт, до колёс на любой передаче
доходит $F \cdot v \approx 75{,}4$ кВт, поэтому большая сила 1-й передачи идёт вместе с малой скоростью. Для
загруженного автомобиля рост $i_0$ увеличивает силу тяги (2-я въезжает начиная с $i_0 \approx 4{,}23$), но уменьшает
наибольшую скорость (75 км/ч на 2-й требует $i_0 \le 4{,}56$), а на трассе двигатель крутится быстрее и расходует
больше топлива."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "gearbox.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
