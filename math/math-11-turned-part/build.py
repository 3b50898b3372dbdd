"""Writes math-11-turned-part's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python math/math-11-turned-part/build.py
    .venv/bin/python -m curriculum release

(``tests/test_standard.py`` checks that the committed notebooks are what this writes). Every number a student sees
is a size of the shaft's drawing, a given of a task or comes from the lab's model (``curriculum.labs.turned_part``);
the module's test (``tests/modules/test_math_11_turned_part.py``) pins each one to the model.
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
MODULE = "math-11-turned-part"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """import math
import sympy as sp
from curriculum.i18n import pick
from curriculum.labs import turned_part"""


def _msg(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


DRAWING_TABLE = {
    "kk": r"""| № | ұзындығы, мм | басындағы диаметр, мм | соңындағы диаметр, мм | не |
|---|---|---|---|---|
| 1 | 2 | 26 | 30 | сол жақ фаска 2 × 45° |
| 2 | 58 | 30 | 30 | подшипник мойны Ø30 |
| 3 | 40 | 50 | 50 | тісті доңғалақтың орны Ø50 |
| 4 | 20 | 50 | 34 | конустық ауысу |
| 5 | 38 | 34 | 34 | ілінісу муфтасы күпшегінің ұшы Ø34 |
| 6 | 2 | 34 | 30 | оң жақ фаска 2 × 45° |""",
    "ru": r"""| № | длина, мм | диаметр в начале, мм | диаметр в конце, мм | что |
|---|---|---|---|---|
| 1 | 2 | 26 | 30 | левая фаска 2 × 45° |
| 2 | 58 | 30 | 30 | шейка под подшипник Ø30 |
| 3 | 40 | 50 | 50 | место под шестерню Ø50 |
| 4 | 20 | 50 | 34 | конический переход |
| 5 | 38 | 34 | 34 | конец под ступицу сцепления Ø34 |
| 6 | 2 | 34 | 30 | правая фаска 2 × 45° |""",
    "en": r"""| No. | length, mm | diameter at its start, mm | diameter at its end, mm | what |
|---|---|---|---|---|
| 1 | 2 | 26 | 30 | left chamfer 2 × 45° |
| 2 | 58 | 30 | 30 | bearing journal Ø30 |
| 3 | 40 | 50 | 50 | gear seat Ø50 |
| 4 | 20 | 50 | 34 | taper |
| 5 | 38 | 34 | 34 | clutch hub end Ø34 |
| 6 | 2 | 34 | 30 | right chamfer 2 × 45° |""",
}


# -- lesson 1: thin discs; the cylinder, the cone and the frustum ---------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Токарлық бөлшек, 1-сабақ. Білікте қанша болат бар?

Зауыттың механикалық өңдеу цехында беріліс қорабының кіріс білігі 40Х болат шыбығынан токарлық станокта жонылады.
Станок шыбықты осі бойымен айналдырады, кескіш оның бетінен жоңқаны алады: дайын білік — **айналу денесі**
(solid of revolution). Технолог сұрайды: дайын білік қанша тартады? Оның сызбасында тек диаметрлер мен ұзындықтар
бар (сатылар, фаскалар, конустық ауысу). Бұл сабақта айналу денесінің көлемін интегралмен қалай табатынын көреміз.
Біліктің сызбасы ойдан алынған, бірақ шынайы.""",
            ru=r"""# Токарная деталь, урок 1. Сколько стали в валу?

В механообрабатывающем цехе завода входной вал коробки передач обтачивают на токарном станке из прутка стали 40Х.
Станок вращает пруток вокруг его оси, резец снимает с его поверхности стружку: готовый вал — **тело вращения**.
Технолог спрашивает: сколько весит готовый вал? На его чертеже есть только диаметры и длины (ступени, фаски,
конический переход). На этом уроке мы увидим, как находить объём тела вращения интегралом. Чертёж вала
вымышленный, но правдоподобный.""",
            en=r"""# The turned part, lesson 1. How much steel is in the shaft?

In the plant's machining shop the gearbox input shaft is turned on a lathe from a bar of 40Kh steel. The lathe spins
the bar about its axis and the tool takes chips off its surface: the finished shaft is a **solid of revolution**.
The process engineer asks: what does the finished shaft weigh? Its drawing gives only diameters and lengths (steps,
chamfers, a taper). In this lesson we see how to find the volume of a solid of revolution with an integral. The
shaft's drawing is fictional but plausible."""),
        a.text(
            kk=r"""## 1. Көлем — жұқа дискілердің қосындысы

Біліктің осін $x$ осі деп алайық ($x$ — сол жақ шетінен қашықтық, мм), ал $r(x)$ — $x$ нүктесіндегі радиус, яғни
сызбадағы профиль. Білікті $x$ нүктесінде оське перпендикуляр кессек, қимада дөңгелек шығады, оның ауданы
$A(x) = \pi\,r(x)^2$. Қалыңдығы $dx$ жұқа дискінің көлемі $\pi\,r(x)^2\,dx$, ал бүкіл біліктің көлемі — осы
дискілердің қосындысы, яғни **анықталған интеграл**:""",
            ru=r"""## 1. Объём — сумма тонких дисков

Примем ось вала за ось $x$ ($x$ — расстояние от левого торца, мм), а $r(x)$ — радиус в точке $x$, то есть профиль
на чертеже. Если разрезать вал в точке $x$ перпендикулярно оси, в сечении получится круг площадью
$A(x) = \pi\,r(x)^2$. Объём тонкого диска толщиной $dx$ равен $\pi\,r(x)^2\,dx$, а объём всего вала — сумма этих
дисков, то есть **определённый интеграл**:""",
            en=r"""## 1. The volume is a sum of thin discs

Take the shaft's axis as the $x$ axis ($x$ is the distance from the left end, mm) and $r(x)$ the radius at $x$: the
profile on the drawing. Cut the shaft across at $x$ and the cut is a circle of area $A(x) = \pi\,r(x)^2$. A thin
disc $dx$ thick has the volume $\pi\,r(x)^2\,dx$, and the whole shaft's volume is the sum of these discs, the
**definite integral**:"""),
        a.formula(r"$$V = \int_0^L A(x)\,dx = \pi \int_0^L r(x)^2\,dx$$"),
        a.example(
            kk=r"""### 1-мысал

Біліктің подшипник мойны — цилиндр: $r(x) = 15$ мм, ұзындығы $58$ мм. Онда
$V = \pi \int_0^{58} 15^2\,dx = \pi \cdot 225 \cdot 58 = 13\,050\,\pi \approx 40997{,}8$ мм³ $\approx 41{,}0$ см³
(1 см³ = 1000 мм³). Цилиндр үшін интеграл таныс формуланы береді: $V = \pi r^2 h$.""",
            ru=r"""### Пример 1

Шейка вала под подшипник — цилиндр: $r(x) = 15$ мм, длина $58$ мм. Тогда
$V = \pi \int_0^{58} 15^2\,dx = \pi \cdot 225 \cdot 58 = 13\,050\,\pi \approx 40997{,}8$ мм³ $\approx 41{,}0$ см³
(1 см³ = 1000 мм³). Для цилиндра интеграл даёт знакомую формулу $V = \pi r^2 h$.""",
            en=r"""### Example 1

The shaft's bearing journal is a cylinder: $r(x) = 15$ mm over $58$ mm. Then
$V = \pi \int_0^{58} 15^2\,dx = \pi \cdot 225 \cdot 58 = 13\,050\,\pi \approx 40997.8$ mm³ $\approx 41.0$ cm³
(1 cm³ = 1000 mm³). For a cylinder the integral gives the familiar $V = \pi r^2 h$."""),
        a.code("""x = sp.Symbol("x", nonnegative=True)
V = sp.pi * sp.integrate(15**2, (x, 0, 58))
print(V, float(V), turned_part.frustum_volume(58, 30, 30))""", role="example"),
        a.text(
            kk=r"""## 2. Конус және қиық конус

Фаскада (біліктің шетінде өткір қырдың орнына жонылған қиғаш жиекте) және конустық ауысуда радиус түзу сызықпен
өзгереді. Ұзындығы $h$ бөліктің басында радиус $R$, соңында $r$ болсын: $r(x) = R + (r - R)\,\frac{x}{h}$. Бұл — **қиық конус** (frustum). Интегралды есептейік:""",
            ru=r"""## 2. Конус и усечённый конус

На фаске (скошенной кромке, которую протачивают на торце вала вместо острого ребра) и на коническом переходе
радиус меняется по прямой. Пусть в начале участка длиной $h$ радиус $R$, в конце $r$: $r(x) = R + (r - R)\,\frac{x}{h}$. Это **усечённый конус**. Вычислим интеграл:""",
            en=r"""## 2. The cone and the frustum

On a chamfer (the bevelled edge turned at a shaft's end instead of a sharp one) and on the taper the radius
changes along a straight line. Let a piece $h$ long have the radius $R$ at its start and $r$ at its end: $r(x) = R + (r - R)\,\frac{x}{h}$. This is a **frustum**. Let us compute the
integral:"""),
        a.formula(r"$$V = \pi \int_0^h \left(R + (r - R)\frac{x}{h}\right)^2 dx = \frac{\pi h}{3}\left(R^2 + R\,r + r^2\right)$$"),
        a.text(
            kk=r"""$r = R$ болса — цилиндр, $\pi R^2 h$; $r = 0$ болса — конус, $\frac{1}{3}\pi R^2 h$. Төмендегі ұяшық интегралды
sympy арқылы есептейді. Өзіңіз тексеріңіз: жақшаны ашып, $x$ бойынша интегралдаңыз.""",
            ru=r"""При $r = R$ — цилиндр, $\pi R^2 h$; при $r = 0$ — конус, $\frac{1}{3}\pi R^2 h$. Ячейка ниже вычисляет интеграл
с помощью sympy. Проверьте сами: раскройте скобки и проинтегрируйте по $x$.""",
            en=r"""With $r = R$ it is a cylinder, $\pi R^2 h$; with $r = 0$ a cone, $\frac{1}{3}\pi R^2 h$. The cell below computes
the integral with sympy. Check it yourself: expand the bracket and integrate in $x$."""),
        a.example(
            kk=r"""### 2-мысал

Біліктің сол жақ фаскасы $2 \times 45°$: ось бойымен $2$ мм, $45°$ бұрышпен, сондықтан радиус $2$ мм-ге, диаметр
$4$ мм-ге өзгереді: $26$ мм-ден $30$ мм-ге дейін, яғни $R = 15$, $r = 13$.
$V = \frac{\pi \cdot 2}{3}\,(15^2 + 15 \cdot 13 + 13^2) = \frac{\pi \cdot 2 \cdot 589}{3} \approx 1233{,}6$ мм³.""",
            ru=r"""### Пример 2

Левая фаска вала $2 \times 45°$: $2$ мм вдоль оси под углом $45°$, поэтому радиус меняется на $2$ мм, а диаметр
на $4$ мм: от $26$ до $30$ мм, то есть $R = 15$, $r = 13$.
$V = \frac{\pi \cdot 2}{3}\,(15^2 + 15 \cdot 13 + 13^2) = \frac{\pi \cdot 2 \cdot 589}{3} \approx 1233{,}6$ мм³.""",
            en=r"""### Example 2

The shaft's left chamfer $2 \times 45°$: $2$ mm along the axis at $45°$, so the radius changes by $2$ mm and the
diameter by $4$ mm: from $26$ to $30$ mm, so $R = 15$, $r = 13$.
$V = \frac{\pi \cdot 2}{3}\,(15^2 + 15 \cdot 13 + 13^2) = \frac{\pi \cdot 2 \cdot 589}{3} \approx 1233.6$ mm³."""),
        a.code("""h, R, r = sp.symbols("h R r", positive=True)
frustum = sp.pi * sp.integrate((R + (r - R) * x / h)**2, (x, 0, h))
print(sp.factor(frustum))
print(float(frustum.subs({h: 2, R: 15, r: 13})), turned_part.frustum_volume(2, 30, 26))""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Басқа бөлшекте — артқы осьтің ұшында — конустық ауысу бар: ұзындығы 30 мм, диаметрі 60 мм-ден 40 мм-ге дейін.
Дәурен былай дейді: «Қиық конус — орташа диаметрі 50 мм цилиндр: $\pi \cdot 25^2 \cdot 30$». Ұяшық екі көлемді және
олардың айырмасын шығарады. Дәурен қай жерде қателесті? Айырма $\frac{\pi h (R - r)^2}{12}$-ге неге тең?""",
            ru=r"""### Верно ли?

На другом валу (цапфе задней оси) есть конический переход: длина 30 мм, диаметр от 60 мм до 40 мм. Даурен говорит:
«Усечённый конус — это цилиндр среднего диаметра 50 мм: $\pi \cdot 25^2 \cdot 30$». Ячейка выводит два объёма и их
разность. Где ошибся Даурен? Почему разность равна $\frac{\pi h (R - r)^2}{12}$?""",
            en=r"""### Is it true?

Another shaft (a rear axle stub) has a taper 30 mm long from Ø60 mm to Ø40 mm. Dauren says: "A frustum is a cylinder
of the mean diameter, 50 mm: $\pi \cdot 25^2 \cdot 30$." The cell prints both volumes and their difference. Where
did Dauren go wrong? Why is the difference $\frac{\pi h (R - r)^2}{12}$?"""),
        a.code("""h_t, d_big, d_small = turned_part.LESSON_TAPER
exact = turned_part.frustum_volume(h_t, d_big, d_small)
mean = math.pi * ((d_big + d_small) / 4)**2 * h_t
print(round(exact, 1), round(mean, 1), round(exact - mean, 1), round(math.pi * h_t * (d_big / 2 - d_small / 2)**2 / 12, 1))""",
               role="misconception"),
        a.predict(
            kk=r"""### Алдымен болжаңыз

Зертханада білік 3D-де, ал оның астында жарты қимасы және қиманың ауданы $A(x)$ графигі көрсетілген. Жүгірткіні
қозғамас бұрын болжаңыз: конустық ауысуда (50 мм-ден 34 мм-ге дейін) радиус түзу сызықпен кемиді. $A(x)$ графигі
онда да түзу бола ма, әлде қисық па? Біліктің қай бөлігінде көлемнің ең көп бөлігі бар?""",
            ru=r"""### Сначала предскажите

В лаборатории вал показан в 3D, а под ним его полуразрез и график площади сечения $A(x)$. Прежде чем двигать
ползунок, предскажите: на коническом переходе (от 50 мм до 34 мм) радиус убывает по прямой. Будет ли и график $A(x)$
там прямой или кривой? В какой части вала больше всего объёма?""",
            en=r"""### Predict first

In the lab the shaft is shown in 3D, and below it its half-section and the graph of the slice area $A(x)$. Before
you move a slider, predict: on the taper (from 50 mm to 34 mm) the radius falls along a straight line. Is the graph
of $A(x)$ a straight line there too, or a curve? Which part of the shaft holds the most volume?"""),
        a.lab("""lab = turned_part.make_lab()
lab"""),
        a.text(
            kk=r"""### Зерттеңіз

1. Қима орнының ▶ батырмасын басыңыз: қызыл қима білік бойымен жүреді, 3D көріністе жұқа қима біліктің қасында
   көрсетіледі, ал $A(x)$ графигінің астындағы боялған аудан өседі. Қима соңына жеткенде боялған аудан неге
   біліктің көлеміне тең?
2. Конустық ауысуда $A(x)$ қандай сызық? Болжамыңыз расталды ма?
3. Тесіктің диаметрін 16 мм-ге, тереңдігін 90 мм-ге қойыңыз. $A(x)$ қай жерде және қаншаға кеміді?""",
            ru=r"""### Исследуйте

1. Нажмите кнопку ▶ положения сечения: красное сечение движется вдоль вала, в 3D тонкий срез показан рядом с валом, а
   закрашенная площадь под графиком $A(x)$ растёт. Почему, когда сечение доходит до конца, закрашенная площадь
   равна объёму вала?
2. Какой линией идёт $A(x)$ на коническом переходе? Подтвердилось ли предсказание?
3. Поставьте диаметр отверстия 16 мм, глубину 90 мм. Где и на сколько уменьшилась $A(x)$?""",
            en=r"""### Explore

1. Press the slice's ▶ button: the red slice moves along the shaft, the thin slice is shown beside the shaft in 3D,
   and the shaded area under the graph of $A(x)$ grows. Why does the shaded area equal the shaft's volume when the
   slice reaches the end?
2. What kind of line is $A(x)$ on the taper? Was your prediction right?
3. Set the bore's diameter to 16 mm and its depth to 90 mm. Where did $A(x)$ drop, and by how much?"""),
        a.summary(
            kk=r"""## Қорытынды

* Токарлық станокта жонылған бөлшек — **айналу денесі**: $r(x)$ профилі осьті айнала бұрылады.
* Оның $x$-тегі қимасы — дөңгелек, $A(x) = \pi r(x)^2$; көлемі — **анықталған интеграл** $V = \pi \int_0^L r(x)^2\,dx$.
* Цилиндр: $\pi r^2 h$. Конус: $\frac{1}{3}\pi R^2 h$. **Қиық конус**: $\frac{\pi h}{3}(R^2 + R r + r^2)$.
* Қиық конус орташа радиусты цилиндр емес: айырма $\frac{\pi h (R - r)^2}{12}$.""",
            ru=r"""## Итоги

* Деталь, обточенная на токарном станке, — **тело вращения**: профиль $r(x)$ поворачивается вокруг оси.
* Её сечение в точке $x$ — круг, $A(x) = \pi r(x)^2$; объём — **определённый интеграл** $V = \pi \int_0^L r(x)^2\,dx$.
* Цилиндр: $\pi r^2 h$. Конус: $\frac{1}{3}\pi R^2 h$. **Усечённый конус**: $\frac{\pi h}{3}(R^2 + R r + r^2)$.
* Усечённый конус — не цилиндр среднего радиуса: разница $\frac{\pi h (R - r)^2}{12}$.""",
            en=r"""## Summary

* A part turned on a lathe is a **solid of revolution**: the profile $r(x)$ turned about the axis.
* Its slice at $x$ is a circle, $A(x) = \pi r(x)^2$; its volume is the **definite integral** $V = \pi \int_0^L r(x)^2\,dx$.
* Cylinder: $\pi r^2 h$. Cone: $\frac{1}{3}\pi R^2 h$. **Frustum**: $\frac{\pi h}{3}(R^2 + R r + r^2)$.
* A frustum is not a cylinder of the mean radius: the difference is $\frac{\pi h (R - r)^2}{12}$."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Сөйлемді аяқтаңыз: «Айналу денесінің көлемі — ... қосындысы».
2. Неге конустың көлемі $\pi R^2 h$ емес, оның үштен бірі? Өз сөзіңізбен түсіндіріңіз.
3. Сабақтың қай жері әлі түсініксіз?""",
            ru=r"""## Рефлексия

1. Закончите предложение: «Объём тела вращения — это сумма ...».
2. Почему объём конуса не $\pi R^2 h$, а его треть? Объясните своими словами.
3. Что на уроке осталось непонятным?""",
            en=r"""## Reflection

1. Finish the sentence: "The volume of a solid of revolution is the sum of ..."
2. Why is a cone's volume not $\pi R^2 h$ but a third of it? Explain in your own words.
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the whole shaft, its mass, the bore and the 3D model --------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Токарлық бөлшек, 2-сабақ. Біліктің массасы және оны жеңілдету

Қоймаға, тасымалға және беріліс қорабының массасына біліктің массасы килограммен керек. Конструктор білікті
осьтік тесікпен жеңілдеткісі келеді, бірақ зауыт ережесі бойынша тесіктің айналасындағы қабырға 5 мм-ден жұқа
болмауы керек. Білік неше килограмм, ал тесік оны қаншаға жеңілдетеді?""",
            ru=r"""# Токарная деталь, урок 2. Масса вала и его облегчение

Для склада, перевозки и массы коробки передач нужна масса вала в килограммах. Конструктор хочет облегчить вал
осевым отверстием, но по правилу завода стенка вокруг отверстия должна быть не тоньше 5 мм. Сколько килограммов весит
вал и на сколько его облегчит отверстие?""",
            en=r"""# The turned part, lesson 2. The shaft's mass, and making it lighter

The store, the transport and the gearbox's mass need the shaft's mass in kilograms. The designer wants to lighten
the shaft with a bore, but by the plant's rule the wall around the bore must be at least 5 mm thick. How many
kilograms does the shaft weigh, and how much lighter does a bore make it?"""),
        a.text(
            kk=r"""## 3. Бүкіл біліктің көлемі мен массасы

Біліктің профилі түзу кесінділерден тұрады, сондықтан интеграл бөліктердің көлемдерінің қосындысы: әр бөлік —
цилиндр немесе қиық конус. Біліктің сызбасы (сол жақ шетінен бастап):

""" + DRAWING_TABLE["kk"] + r"""

Көлемді мм³-пен алып, см³-ке 1000-ға бөліп көшіреміз ($1$ см $= 10$ мм, $1$ см³ $= 10^3$ мм³). Болаттың
**тығыздығы** (density) $\rho = 7850$ кг/м³ $= 7{,}85$ г/см³ ($1$ м³ $= 10^6$ см³; 40Х болатының анықтамалығы
$7820$ кг/м³ береді, бұл $0{,}4$ % аз). Масса $m = \rho V$.""",
            ru=r"""## 3. Объём и масса всего вала

Профиль вала состоит из отрезков, поэтому интеграл — сумма объёмов участков: каждый участок — цилиндр или
усечённый конус. Чертёж вала (от левого торца):

""" + DRAWING_TABLE["ru"] + r"""

Объём получаем в мм³ и переводим в см³ делением на 1000 ($1$ см $= 10$ мм, $1$ см³ $= 10^3$ мм³). **Плотность**
стали $\rho = 7850$ кг/м³ $= 7{,}85$ г/см³ ($1$ м³ $= 10^6$ см³; марочник даёт для стали 40Х $7820$ кг/м³, на
$0{,}4$ % меньше). Масса $m = \rho V$.""",
            en=r"""## 3. The volume and mass of the whole shaft

The shaft's profile is made of straight pieces, so the integral is the sum of the pieces' volumes: each piece is a
cylinder or a frustum. The shaft's drawing (from the left end):

""" + DRAWING_TABLE["en"] + r"""

We get the volume in mm³ and divide by 1000 for cm³ ($1$ cm $= 10$ mm, $1$ cm³ $= 10^3$ mm³). The **density** of
steel is $\rho = 7850$ kg/m³ $= 7.85$ g/cm³ ($1$ m³ $= 10^6$ cm³; the steel handbook gives $7820$ kg/m³ for 40Kh,
$0.4$ % less). The mass is $m = \rho V$."""),
        a.example(
            kk=r"""### 3-мысал

Алты бөліктің көлемдері (мм³): $1233{,}6$; $40997{,}8$; $78539{,}8$; $28044{,}0$; $34501{,}0$; $1610{,}6$.
Қосындысы $V \approx 184926{,}7$ мм³ $\approx 184{,}93$ см³. Масса $m = 7{,}85 \cdot 184{,}93 \approx 1451{,}7$ г
$\approx 1{,}452$ кг.""",
            ru=r"""### Пример 3

Объёмы шести участков (мм³): $1233{,}6$; $40997{,}8$; $78539{,}8$; $28044{,}0$; $34501{,}0$; $1610{,}6$. Сумма
$V \approx 184926{,}7$ мм³ $\approx 184{,}93$ см³. Масса $m = 7{,}85 \cdot 184{,}93 \approx 1451{,}7$ г
$\approx 1{,}452$ кг.""",
            en=r"""### Example 3

The six pieces' volumes (mm³): $1233.6$; $40997.8$; $78539.8$; $28044.0$; $34501.0$; $1610.6$. Their sum is
$V \approx 184926.7$ mm³ $\approx 184.93$ cm³. The mass is $m = 7.85 \cdot 184.93 \approx 1451.7$ g
$\approx 1.452$ kg."""),
        a.code("""for piece in turned_part.DRAWING:
    print(piece, round(turned_part.frustum_volume(*piece), 1))
V = turned_part.shaft_volume(turned_part.DRAWING)
print(round(V, 1), round(V / 1000, 2), round(turned_part.mass(V), 3))""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Арман мм³-ті см³-ке 100-ге бөліп көшірді: $1849{,}3$ см³, ал масса $14{,}5$ кг шықты. Алдымен бағалаңыз: диаметрі
50 мм, ұзындығы 160 мм тұтас болат шыбықтың массасы қанша? Ұяшық оны есептейді. Арманның жауабы неге мүмкін емес?""",
            ru=r"""### Верно ли?

Арман перевёл мм³ в см³ делением на 100: получилось $1849{,}3$ см³ и масса $14{,}5$ кг. Сначала оцените: сколько
весит сплошной стальной пруток диаметром 50 мм и длиной 160 мм? Ячейка вычисляет его массу. Почему ответ Армана
невозможен?""",
            en=r"""### Is it true?

Arman converted mm³ to cm³ by dividing by 100: he got $1849.3$ cm³ and a mass of $14.5$ kg. Estimate first: what does
a solid steel bar of 50 mm diameter and 160 mm length weigh? The cell computes it. Why is Arman's answer
impossible?"""),
        a.code("""bar = turned_part.frustum_volume(160, 50, 50)
print(round(bar / 1000, 1), round(turned_part.mass(bar), 2))
print(round(V / 100, 1), round(V / 100 * 7.85 / 1000, 1))""", role="misconception"),
        a.text(
            kk=r"""## 4. Осьтік тесік және 3D модель

Оң жақ шетінен диаметрі $d_b$, тереңдігі $l$ **осьтік тесік** (bore) бұрғыланса, тесік бар жердегі қима — сақина,
$A(x) = \pi (r(x)^2 - r_b^2)$, $r_b = d_b / 2$. Сондықтан $V = V_0 - \pi r_b^2 l$. Тесік айналасындағы ең жұқа
қабырға — тесік бойындағы ең кіші радиус минус $r_b$ (фаскалар да есептеледі).

Зертханадағы 3D білік — сол профильдің айналуы, бірақ компьютер шеңберді 64 түзу кесіндімен салады. 64 бұрышты дұрыс
көпбұрыштың ауданы $\frac{64}{2} r^2 \sin\frac{2\pi}{64}$, бұл $\pi r^2$-тың $0{,}99839$ бөлігі. Сондықтан 3D модельдің көлемі
интегралдан $0{,}16$ %-ға аз: тұтас білік үшін $184{,}63$ см³.""",
            ru=r"""## 4. Осевое отверстие и 3D-модель

Если с правого торца просверлено **осевое отверстие** диаметром $d_b$ и глубиной $l$, то там, где оно есть, сечение —
кольцо, $A(x) = \pi (r(x)^2 - r_b^2)$, $r_b = d_b / 2$. Поэтому $V = V_0 - \pi r_b^2 l$. Самая тонкая стенка вокруг
отверстия — наименьший радиус вдоль отверстия минус $r_b$ (фаски тоже считаются).

3D-вал в лаборатории — поворот того же профиля, но компьютер рисует окружность 64 отрезками. Площадь правильного
многоугольника с 64 сторонами $\frac{64}{2} r^2 \sin\frac{2\pi}{64}$, это $0{,}99839$ от $\pi r^2$. Поэтому объём 3D-модели на
$0{,}16$ % меньше интеграла: для сплошного вала $184{,}63$ см³.""",
            en=r"""## 4. The bore and the 3D model

When a **bore** of diameter $d_b$ is drilled $l$ deep from the right end, the slice where it runs is a ring,
$A(x) = \pi (r(x)^2 - r_b^2)$ with $r_b = d_b / 2$. So $V = V_0 - \pi r_b^2 l$. The thinnest wall around the bore is
the least radius along the bore less $r_b$ (chamfers count too).

The lab's 3D shaft is the same profile revolved, but the computer draws a circle with 64 straight pieces. A regular
64-gon has the area $\frac{64}{2} r^2 \sin\frac{2\pi}{64}$, $0.99839$ of $\pi r^2$. So the 3D model's volume is
$0.16$ % under the integral: $184.63$ cm³ for the solid shaft."""),
        a.code("""solid = turned_part.part(turned_part.DRAWING)
print(round(solid.volume / 1000, 2), round(V / 1000, 2), round(solid.volume / V, 5), round(turned_part.MESH_FACTOR, 5))""",
               role="example"),
        a.predict(
            kk=r"""### Алдымен бағалаңыз

Тапсырма: білікті осьтік тесікпен $1{,}25$ кг-ға дейін жеңілдету, қабырға кемінде 5 мм, тесік 150 мм-ден терең
емес. Жүгірткіні қозғамас бұрын бағалаңыз: тесік қанша см³ болатты алуы керек? Оң жақ фаскада диаметр 30 мм, онда
тесіктің диаметрі ең көбі қанша бола алады? Сонда тесік шамамен қандай терең?""",
            ru=r"""### Сначала оцените

Задание: облегчить вал осевым отверстием до $1{,}25$ кг, стенка не тоньше 5 мм, отверстие не глубже 150 мм. Прежде
чем двигать ползунки, оцените: сколько см³ стали должно убрать отверстие? На правой фаске диаметр 30 мм: каким
наибольшим может быть диаметр отверстия? Какой тогда примерно будет глубина?""",
            en=r"""### Estimate first

The task: lighten the shaft with a bore to $1.25$ kg, a wall at least 5 mm thick, a bore at most 150 mm deep. Before
you move a slider, estimate: how many cm³ of steel must the bore take out? At the right chamfer the diameter is
30 mm: how large can the bore's diameter be at most? About how deep must the bore then be?"""),
        a.design_lab("""design_lab = turned_part.make_lab("light")
design_lab"""),
        a.text(
            kk=r"""Барлық талап орындалатын тесікті таңдап, **Жобаны тексеру** батырмасын басыңыз. Бағалауыңыз расталды ма?
Қабырғаның шегіне қай жердегі диаметр шешуші? Тесікті біліктің бойымен түгел өткізсек (160 мм), неге тесіктің
диаметрі кішірек болуы керек?""",
            ru=r"""Подберите отверстие, при котором выполняются все требования, и нажмите **Проверить проект**. Подтвердилась ли
оценка? Диаметр в каком месте решает предел стенки? Почему при сквозном отверстии (160 мм) его диаметр должен быть
меньше?""",
            en=r"""Choose a bore that meets every requirement and press **Check the design**. Was your estimate right? The diameter
at which place decides the wall's limit? Why must a bore right through the shaft (160 mm) be narrower?"""),
        a.summary(
            kk=r"""## Қорытынды

* Кесінділерден тұратын профильде **айналу денесінің** көлемі — цилиндрлер мен **қиық конустардың** көлемдерінің
  қосындысы, яғни **анықталған интеграл** $\pi \int_0^L r(x)^2\,dx$.
* **Осьтік тесік** көлемнен $\pi r_b^2 l$ алады; тесік айналасындағы ең жұқа қабырға — ең кіші радиус минус $r_b$.
* $1$ см³ $= 1000$ мм³; **тығыздық**: болат үшін $7850$ кг/м³ $= 7{,}85$ г/см³; $m = \rho V$.
* 3D модель шеңберді 64 бұрышты көпбұрышпен салады: оның көлемі интегралдан $0{,}16$ %-ға аз.""",
            ru=r"""## Итоги

* Для профиля из отрезков объём **тела вращения** — сумма объёмов цилиндров и **усечённых конусов**, то есть
  **определённый интеграл** $\pi \int_0^L r(x)^2\,dx$.
* **Осевое отверстие** убирает из объёма $\pi r_b^2 l$; самая тонкая стенка вокруг него — наименьший радиус минус
  $r_b$.
* $1$ см³ $= 1000$ мм³; **плотность** стали $7850$ кг/м³ $= 7{,}85$ г/см³; $m = \rho V$.
* 3D-модель рисует окружность многоугольником с 64 сторонами: её объём на $0{,}16$ % меньше интеграла.""",
            en=r"""## Summary

* For a profile of straight pieces, the volume of the **solid of revolution** is the sum of the cylinders' and the
  **frustums'** volumes: the **definite integral** $\pi \int_0^L r(x)^2\,dx$.
* A **bore** takes $\pi r_b^2 l$ out of the volume; the thinnest wall around it is the least radius less $r_b$.
* $1$ cm³ $= 1000$ mm³; the **density** of steel is $7850$ kg/m³ $= 7.85$ g/cm³; $m = \rho V$.
* The 3D model draws a circle as a 64-gon: its volume is $0.16$ % under the integral."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Массаны есептегенде өлшем бірліктерінің қай жерінде қателесуге болады? Қалай тексересіз?
2. Зауытта тағы қандай бөлшектер айналу денесі болады (дөңгелек, тежегіш дискі, ...)?
3. Бүгін сізге не түсініксіз қалды?""",
            ru=r"""## Рефлексия

1. Где при расчёте массы легко ошибиться в единицах измерения? Как вы это проверите?
2. Какие ещё детали на заводе — тела вращения (колесо, тормозной диск, ...)?
3. Что сегодня осталось для вас непонятным?""",
            en=r"""## Reflection

1. Where is it easy to go wrong with the units when computing a mass? How will you check?
2. Which other parts at the plant are solids of revolution (a wheel, a brake disc, ...)?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import turned_part

# [kk] қиық конустың ұзындығы h, радиустары R және r (мм); оларға сан бермеңіз
# [ru] длина h и радиусы R и r усечённого конуса (мм); не присваивайте им числа
# [en] the frustum's length h and radii R and r (mm); do not give them numbers
h, R, r = sp.symbols("h R r", positive=True)

# [kk] біліктің сызбасы: (ұзындығы, басындағы диаметр, соңындағы диаметр), мм
# [ru] чертёж вала: (длина, диаметр в начале, диаметр в конце), мм
# [en] the shaft's drawing: (length, diameter at its start, diameter at its end), mm
DRAWING = [(2, 26, 30), (58, 30, 30), (40, 50, 50), (20, 50, 34), (38, 34, 34), (2, 34, 30)]"""


MISTAKES = {
    "mean-radius": _msg("Бұл — орташа радиусты цилиндр; қиық конустың көлемі одан көп: π∫r(x)²dx есептеңіз.",
                        "Это цилиндр среднего радиуса; объём усечённого конуса больше: вычислите π∫r(x)²dx.",
                        "That is a cylinder of the mean radius; the frustum holds more: compute π∫r(x)²dx."),
    "no-pi": _msg("Дөңгелектің ауданы πr²: π-ді ұмытпаңыз.", "Площадь круга πr²: не забудьте π.",
                  "A circle's area is πr²: do not forget π."),
    "no-third": _msg("x²-тың алғашқы функциясы x³/3: 3-ке бөлуді тексеріңіз.",
                     "Первообразная x² равна x³/3: проверьте деление на 3.",
                     "The antiderivative of x² is x³/3: check the division by 3."),
    "mean-area": _msg("Бұл — екі табанның аудандарының орташасы көбейтілген h; қиық конус үшін ол көп береді.",
                      "Это средняя площадь двух оснований, умноженная на h; для усечённого конуса это больше.",
                      "That is the mean of the two ends' areas times h; for a frustum it is too much."),
    "diameter": _msg("Сызбада диаметрлер берілген: радиус — диаметрдің жартысы.",
                     "На чертеже даны диаметры: радиус — половина диаметра.",
                     "The drawing gives diameters: the radius is half the diameter."),
    "by-100": _msg("1 см³ = 1000 мм³ (1 см = 10 мм, куб): 1000-ға бөліңіз.",
                   "1 см³ = 1000 мм³ (1 см = 10 мм, в кубе): делите на 1000.",
                   "1 cm³ = 1000 mm³ (1 cm = 10 mm, cubed): divide by 1000."),
    "no-bore": _msg("Осьтік тесіктің көлемін алып тастаңыз.", "Вычтите объём осевого отверстия.",
                    "Subtract the bore's volume."),
    "bore-diameter": _msg("Тесіктің радиусы — 16 мм-дің жартысы.", "Радиус отверстия — половина от 16 мм.",
                          "The bore's radius is half of 16 mm."),
    "drawing-depth": _msg("90 мм тереңдікте масса 1,30 кг-нан әлі артық: есептеп тексеріңіз.",
                          "При глубине 90 мм масса ещё больше 1,30 кг: проверьте расчётом.",
                          "At 90 mm deep the mass is still over 1.30 kg: check by calculation."),
    "expand": _msg("Жақшаның квадратын ашуды тексеріңіз: R·r мүшесінің коэффициентіне қараңыз.",
                   "Проверьте, как раскрыт квадрат скобки: посмотрите на коэффициент при R·r.",
                   "Check how the bracket was squared: look at the coefficient of R·r."),
    "cone": _msg("Бұл — толық конустың көлемі; қиық конустың ұшы кесілген, оның екінші радиусы да формулаға кіреді.",
                 "Это объём полного конуса; у усечённого конуса вершина срезана, его второй радиус тоже входит в формулу.",
                 "That is the whole cone's volume; a frustum's tip is cut off, and its other radius enters the formula too."),
    "no-length": _msg("Көлемде ұзындық h болуы керек: интеграл 0-ден h-қа дейін алынады.",
                      "В объёме должна быть длина h: интеграл берётся от 0 до h.",
                      "The volume needs the length h: the integral runs from 0 to h."),
    "mm3-as-cm3": _msg("Бұл сан мм³-пен есептелген, ал бірлігі см³ деп жазылған: 1 см³ = 1000 мм³.",
                       "Это число в мм³, а единица записана см³: 1 см³ = 1000 мм³.",
                       "That number is in mm³ but labelled cm³: 1 cm³ = 1000 mm³."),
    "design-mass": _msg("5-тапсырмада масса 1,30 кг-ға дейін түсуі керек (1,25 кг — 7-тапсырманың талабы).",
                        "В задаче 5 масса должна снизиться до 1,30 кг (1,25 кг — требование задачи 7).",
                        "Task 5 brings the mass down to 1.30 kg (1.25 kg is task 7's requirement)."),
    "handbook-density": _msg("Тапсырмада болаттың тығыздығы 7850 кг/м³ (анықтамалықтың 7820 кг/м³ емес).",
                             "В задании плотность стали 7850 кг/м³ (а не 7820 кг/м³ из марочника).",
                             "The task takes steel's density as 7850 kg/m³ (not the handbook's 7820 kg/m³)."),
    "from-left": _msg("Бұл — сол жақ шетінен тесіктің түбіне дейінгі қашықтық; тереңдік оң жақ шетінен өлшенеді.",
                      "Это расстояние от левого торца до дна отверстия; глубина отсчитывается от правого торца.",
                      "That is the distance from the left end to the bore's bottom; the depth is measured from the "
                      "right end."),
}


def _rules_text(*pairs: tuple[str, str]) -> str:
    """The hidden test's rules as code: each ``(value_code, code)`` with its message."""
    lines = [f"    rules.wrong_answer({value}, code={code!r}, message={MISTAKES[code]!r})," for value, code in pairs]
    return "[\n" + "\n".join(lines) + "\n]"


def _rule(value: object, code: str) -> object:
    return rules.wrong_answer(value, code=code, message=MISTAKES[code])


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    from curriculum.labs import turned_part as tp

    h, R, r = sp.symbols("h R r", positive=True)
    bored = tp.shaft_volume(tp.DRAWING, *tp.TASK_BORE)
    return {
        "frustum-formula": fingerprint(sp.pi * h * (R**2 + R * r + r**2) / 3,
                                       mistakes=[_rule(sp.pi * h * ((R + r) / 2) ** 2, "mean-radius")],
                                       salt=salt("frustum-formula")),
        "taper-volume": fingerprint(tp.frustum_volume(25, 56, 40) / 1000 * ureg.cm**3, rtol=0.005,
                                    mistakes=[_rule(tp.frustum_volume(25, 112, 80) / 1000 * ureg.cm**3, "diameter")],
                                    salt=salt("taper-volume")),
        "shaft-mass": fingerprint(tp.mass(bored) * ureg.kg, rtol=0.005,
                                  mistakes=[_rule(tp.mass(tp.shaft_volume(tp.DRAWING)) * ureg.kg, "no-bore")],
                                  salt=salt("shaft-mass")),
        "bore-depth": fingerprint(tp.least_depth(tp.DRAWING, 16, tp.TASK_MASS) * ureg.mm, rtol=0.01,
                                  mistakes=[_rule(90 * ureg.mm, "drawing-depth")], salt=salt("bore-depth")),
    }


def _quantity_test(name: str, unit: str, token: str) -> str:
    return (f"require(compare({name}, {unit!r}, mode=\"dimension\"))\n"
            f"advise(self_check({name}, \"{token}\"))")


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk=r"""# Токарлық бөлшек: біліктің көлемі мен массасы

Механикалық өңдеу цехы беріліс қорабының кіріс білігін 40Х болат шыбығынан жонады. Біліктің сызбасы (сол жақ
шетінен бастап; бірінші код ұяшығындағы `DRAWING` тізімі):

""" + DRAWING_TABLE["kk"] + r"""

Бұл тапсырмада сіз қиық конустың көлем формуласын жазасыз, конустық ауысудың көлемін табасыз, кез келген біліктің
көлемін есептейтін функция жазасыз, тесігі бар біліктің массасын және тесіктің керекті тереңдігін табасыз, айналу
денесінің көлемін Гульдин (Папп) теоремасымен түсіндіресіз және зертханада білікті жеңілдетесіз. Болаттың тығыздығы
$7850$ кг/м³. Сызба ойдан алынған, бірақ шынайы. Уақыты — 45 минут.""",
            ru=r"""# Токарная деталь: объём и масса вала

Механообрабатывающий цех обтачивает входной вал коробки передач из прутка стали 40Х. Чертёж вала (от левого торца;
список `DRAWING` в первой ячейке кода):

""" + DRAWING_TABLE["ru"] + r"""

В этом задании вы запишете формулу объёма усечённого конуса, найдёте объём конического перехода, напишете функцию
объёма любого вала, найдёте массу вала с отверстием и нужную глубину отверстия, объясните объём тела вращения
теоремой Гульдина (Паппа) и облегчите вал в лаборатории. Плотность стали $7850$ кг/м³. Чертёж вымышленный, но
правдоподобный. Время — 45 минут.""",
            en=r"""# The turned part: the shaft's volume and mass

The machining shop turns the gearbox input shaft from a bar of 40Kh steel. The shaft's drawing (from the left end;
the list `DRAWING` in the first code cell):

""" + DRAWING_TABLE["en"] + r"""

In this assignment you write the frustum's volume formula, find the volume of a taper, write a function for the
volume of any shaft, find the mass of the bored shaft and the depth a bore needs, explain the volume of a solid of
revolution by Pappus's theorem and lighten the shaft in the lab. The density of steel is $7850$ kg/m³. The drawing
is fictional but plausible. Time: 45 minutes."""),
        a.text(
            kk=r"""**Жауапты қалай жазу керек.** Өрнекті бірінші код ұяшығындағы `h`, `R`, `r` әріптерімен sympy өрнегі ретінде
жазыңыз (оларға сан меншіктемеңіз; π — `sp.pi`). Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `12 * ureg.cm**3`,
`3 * ureg.kg`, `5 * ureg.mm`. Жауапты есептейтін Python өрнегі де болады (`5 * 3 + 2`). Әр тапсырманың астындағы тест
ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru=r"""**Как записывать ответы.** Выражение записывайте как выражение sympy с буквами `h`, `R`, `r` из первой ячейки
кода (не присваивайте им числа; π — `sp.pi`). Величину с единицей измерения записывайте через `ureg`:
`12 * ureg.cm**3`, `3 * ureg.kg`, `5 * ureg.mm`. Можно и выражение Python, которое вычисляет ответ (`5 * 3 + 2`).
Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа.""",
            en=r"""**How to write answers.** Write an expression as a sympy expression with the letters `h`, `R`, `r` of the first
code cell (do not assign numbers to them; π is `sp.pi`). Write a quantity with a unit through `ureg`:
`12 * ureg.cm**3`, `3 * ureg.kg`, `5 * ureg.mm`. A Python expression that computes the answer is fine too
(`5 * 3 + 2`). Run the test cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Қиық конус", ru="## Часть А. Усечённый конус", en="## Part A. The frustum"),
        a.task(1, 1, "A",
               kk=r"""Ұзындығы $h$, бір шетіндегі радиусы $R$, екінші шетіндегі радиусы $r$ қиық конустың көлемін
$V = \pi \int_0^h r(x)^2\,dx$ интегралымен шығарып, $h$, `R`, `r` арқылы sympy өрнегі ретінде жазыңыз: `V = ...`
(жауаптың түрі, мысалы, `sp.pi * h * R * r`, бірақ бұл жауап емес). Кез келген тепе-тең өрнек қабылданады.""",
               ru=r"""Выведите интегралом $V = \pi \int_0^h r(x)^2\,dx$ объём усечённого конуса длиной $h$ с радиусом $R$ на одном
конце и $r$ на другом и запишите его выражением sympy через `h`, `R`, `r`: `V = ...` (форма ответа, например,
`sp.pi * h * R * r`, но это не ответ). Принимается любое тождественно равное выражение.""",
               en=r"""Derive by the integral $V = \pi \int_0^h r(x)^2\,dx$ the volume of a frustum $h$ long with the radius $R$ at
one end and $r$ at the other, and write it as a sympy expression in `h`, `R`, `r`: `V = ...` (the form of an answer
is, for example, `sp.pi * h * R * r`, which is not the answer). Any equivalent expression is accepted."""),
        a.answer("frustum-formula", "V = sp.pi * h * (R**2 + R * r + r**2) / 3", hint=_msg(
            "V = ...  (h, R, r арқылы sympy өрнегі)", "V = ...  (выражение sympy через h, R, r)",
            "V = ...  (a sympy expression in h, R, r)")),
        a.tests("frustum-formula-test", 1, public=f"""assert isinstance(V, sp.Expr), pick({_msg("V — h, R, r әріптерінен құрылған sympy өрнегі болуы керек.", "V должно быть выражением sympy от h, R, r.", "V should be a sympy expression in h, R, r.")!r})
assert {{s.name for s in V.free_symbols}} <= {{"h", "R", "r"}}, pick({_msg("V өрнегінде тек h, R, r әріптері болуы керек.", "В выражении V могут быть только буквы h, R, r.", "V may use only the letters h, R, r.")!r})
advise(self_check(V, "{token["frustum-formula"]}"))""",
                hidden="""from curriculum.check import rules
require(compare(V, sp.pi * h * (R**2 + R * r + r**2) / 3, rtol=1e-6, rules=""" + _rules_text(
                    ("sp.pi * h * ((R + r) / 2)**2", "mean-radius"), ("h * (R**2 + R * r + r**2) / 3", "no-pi"),
                    ("sp.pi * h * (R**2 + R * r + r**2)", "no-third"),
                    ("sp.pi * h * (R**2 + r**2) / 2", "mean-area"), ("sp.pi * h * (R**2 + r**2) / 3", "expand"),
                    ("sp.pi * h * (R + r)**2 / 3", "expand"), ("sp.pi * h * R**2 / 3", "cone"),
                    ("sp.pi * h * r**2 / 3", "cone"), ("sp.pi * (R**2 + R * r + r**2) / 3", "no-length")) + "))"),

        a.task(2, 1, "A",
               kk=r"""Артқы осьтің ұшында конустық ауысу бар: ұзындығы 25 мм, диаметрі 56 мм-ден 40 мм-ге дейін. Оның көлемі
қандай? `V_taper = ... * ureg.cm**3` (басқа көлем бірлігі де қабылданады; 0,5 % дәлдікпен).""",
               ru=r"""На цапфе задней оси есть конический переход: длина 25 мм, диаметр от 56 мм до 40 мм. Каков его объём?
`V_taper = ... * ureg.cm**3` (принимается и другая единица объёма; с точностью до 0,5 %).""",
               en=r"""A rear axle stub has a taper 25 mm long from Ø56 mm to Ø40 mm. What is its volume?
`V_taper = ... * ureg.cm**3` (another unit of volume is accepted too; within 0.5 %)."""),
        a.answer("taper-volume", "V_taper = math.pi * 25 * (28**2 + 28 * 20 + 20**2) / 3 * ureg.mm**3",
                 before="# V_taper = ... * ureg.cm**3"),
        a.tests("taper-volume-test", 1, public=_quantity_test("V_taper", "cm**3", token["taper-volume"]),
                hidden="""from curriculum.check import rules
require(compare(V_taper, turned_part.frustum_volume(25, 56, 40) * ureg.mm**3, mode="units", rtol=0.005, rules=""" + _rules_text(
                    ("turned_part.frustum_volume(25, 112, 80) * ureg.mm**3", "diameter"),
                    ("math.pi * 25 * 24**2 * ureg.mm**3", "mean-radius"),
                    ("turned_part.frustum_volume(25, 56, 40) / 100 * ureg.cm**3", "by-100"),
                    ("turned_part.frustum_volume(25, 56, 40) / math.pi * ureg.mm**3", "no-pi"),
                    ("math.pi * 25 * (28**2 + 20**2) / 2 * ureg.mm**3", "mean-area"),
                    ("math.pi * 25 * 28**2 / 3 * ureg.mm**3", "cone"),
                    ("turned_part.frustum_volume(25, 56, 40) * ureg.cm**3", "mm3-as-cm3")) + "))"),

        a.text(kk="## Ә бөлім. Біліктің көлемі мен массасы", ru="## Часть Б. Объём и масса вала",
               en="## Part B. The shaft's volume and mass"),
        a.task(3, 2, "B",
               kk=r"""Біліктің көлемін (мм³) қайтаратын `shaft_volume(segments, bore, depth)` функциясын жазыңыз: `segments` — `DRAWING`
сияқты `(ұзындығы, басындағы диаметр, соңындағы диаметр)` үштіктерінің тізімі (мм), `bore` — оң жақ шетінен
бұрғыланған осьтік тесіктің диаметрі, `depth` — оның тереңдігі (мм; тесік жоқ болса, екеуі де 0). Мысалы,
`shaft_volume([(10, 20, 20)], 0, 0)` шамамен `3141.59` береді. Функция көптеген кездейсоқ профильдерде $10^{-6}$
салыстырмалы дәлдікпен тексеріледі; қателессе, тест ең кішкентай қате мысалды көрсетеді.""",
               ru=r"""Напишите функцию `shaft_volume(segments, bore, depth)`, которая возвращает объём вала (мм³): `segments` — список
троек `(длина, диаметр в начале, диаметр в конце)` (мм), как `DRAWING`, `bore` — диаметр осевого отверстия,
просверленного с правого торца, `depth` — его глубина (мм; если отверстия нет, оба равны 0). Например,
`shaft_volume([(10, 20, 20)], 0, 0)` даёт около `3141.59`. Функция проверяется на многих случайных профилях с
относительной точностью $10^{-6}$; при ошибке тест показывает самый маленький неверный пример.""",
               en=r"""Write a function `shaft_volume(segments, bore, depth)` that returns a shaft's volume (mm³): `segments` is a list
of triples `(length, diameter at its start, diameter at its end)` (mm) like `DRAWING`, `bore` the diameter of a
bore drilled from the right end and `depth` its depth (mm; both 0 when there is no bore). For example,
`shaft_volume([(10, 20, 20)], 0, 0)` gives about `3141.59`. The function is checked on many random profiles to a
relative $10^{-6}$; when it is wrong, the test shows the smallest example it fails."""),
        a.answer("volume-function", """def shaft_volume(segments, bore, depth):
    total = 0
    for length, d_start, d_end in segments:
        big, small = d_start / 2, d_end / 2
        total += math.pi * length * (big**2 + big * small + small**2) / 3
    return total - math.pi * (bore / 2)**2 * depth""", hint=_msg(
            "def shaft_volume(segments, bore, depth): ... қиық конустардың көлемдерін қосып, тесікті алыңыз",
            "def shaft_volume(segments, bore, depth): ... сложите объёмы усечённых конусов и вычтите отверстие",
            "def shaft_volume(segments, bore, depth): ... add the frustums' volumes and take the bore away")),
        a.tests("volume-function-test", 2, public=f"""assert callable(shaft_volume), pick({_msg("shaft_volume — функция болуы керек (def shaft_volume(segments, bore, depth): ...).", "shaft_volume должна быть функцией (def shaft_volume(segments, bore, depth): ...).", "shaft_volume should be a function (def shaft_volume(segments, bore, depth): ...).")!r})
assert abs(shaft_volume([(10, 20, 20)], 0, 0) - 3141.59) < 0.01, pick({_msg("shaft_volume([(10, 20, 20)], 0, 0) тапсырмадағы мысалдағыдай шамамен 3141.59 беруі керек.", "shaft_volume([(10, 20, 20)], 0, 0) должна давать около 3141.59, как в примере задачи.", "shaft_volume([(10, 20, 20)], 0, 0) should give about 3141.59, as in the task's example.")!r})""",
                hidden="""from hypothesis import strategies as st
segment = st.tuples(st.floats(1, 60), st.floats(10, 60), st.floats(10, 60))
profiles = st.lists(segment, min_size=1, max_size=6).flatmap(
    lambda segs: st.tuples(st.just(segs), st.floats(0, 9.5), st.floats(0, sum(s[0] for s in segs))))
require(check_function(shaft_volume, turned_part.shaft_volume, rtol=1e-6,
                       inputs=[([(10, 20, 20)], 0, 0), ([(20, 50, 34)], 0, 0), ([(2, 26, 30)], 0, 0),
                               ([(30, 0, 40)], 0, 0), ([(40, 30, 30)], 10, 40), ([(10, 40, 40), (10, 20, 20)], 8, 15),
                               (turned_part.DRAWING, 16, 90), (turned_part.DRAWING, 0, 0)],
                       strategy=profiles, max_examples=100), points=2)"""),

        a.task(4, 2, "B",
               kk=r"""Сызбадағы білікке оң жақ шетінен диаметрі 16 мм, тереңдігі 90 мм осьтік тесік бұрғыланды. Біліктің массасы
қандай? `m_shaft = ... * ureg.kg` (басқа масса бірлігі де қабылданады; 0,5 % дәлдікпен; 3-тапсырмадағы функцияңызды
пайдалануға болады).""",
               ru=r"""В вале по чертежу с правого торца просверлено осевое отверстие диаметром 16 мм и глубиной 90 мм. Какова масса
вала? `m_shaft = ... * ureg.kg` (принимается и другая единица массы; с точностью до 0,5 %; можно использовать свою
функцию из задачи 3).""",
               en=r"""A bore 16 mm in diameter and 90 mm deep is drilled into the drawing's shaft from the right end. What is the
shaft's mass? `m_shaft = ... * ureg.kg` (another unit of mass is accepted too; within 0.5 %; you may use your
function of task 3)."""),
        a.answer("shaft-mass", """V_solid = sum(math.pi * L * (a * a + a * b + b * b) / 12 for L, a, b in DRAWING)
V_bored = V_solid - math.pi * 8**2 * 90
m_shaft = V_bored * ureg.mm**3 * 7850 * ureg.kg / ureg.m**3""",
                 before="# m_shaft = ... * ureg.kg"),
        a.tests("shaft-mass-test", 2, public=_quantity_test("m_shaft", "kg", token["shaft-mass"]),
                hidden="""from curriculum.check import rules
require(compare(m_shaft, turned_part.mass(turned_part.shaft_volume(turned_part.DRAWING, 16, 90)) * ureg.kg, mode="units", rtol=0.005, rules=""" + _rules_text(
                    ("turned_part.mass(turned_part.shaft_volume(turned_part.DRAWING)) * ureg.kg", "no-bore"),
                    ("turned_part.mass(turned_part.shaft_volume(turned_part.DRAWING) - math.pi * 16**2 * 90) * ureg.kg", "bore-diameter"),
                    ("turned_part.mass(turned_part.shaft_volume(turned_part.DRAWING, 16, 90)) * 10 * ureg.kg", "by-100")) + "), points=2)"),

        a.task(5, 1, "B",
               kk=r"""Диаметрі 16 мм тесік біліктің массасын $1{,}30$ кг-ға дейін түсіруі үшін оның тереңдігі ең кемі қандай болуы
керек? `depth_min = ... * ureg.mm` (1 % дәлдікпен).""",
               ru=r"""Какой наименьшей должна быть глубина отверстия диаметром 16 мм, чтобы масса вала снизилась до $1{,}30$ кг?
`depth_min = ... * ureg.mm` (с точностью до 1 %).""",
               en=r"""How deep at least must a bore 16 mm in diameter be to bring the shaft's mass down to $1.30$ kg?
`depth_min = ... * ureg.mm` (within 1 %)."""),
        a.answer("bore-depth", """V_solid = sum(math.pi * L * (a * a + a * b + b * b) / 12 for L, a, b in DRAWING)
V_needed = 1.30 / 7850 * 1e9
depth_min = (V_solid - V_needed) / (math.pi * 8**2) * ureg.mm""",
                 before="# depth_min = ... * ureg.mm"),
        a.tests("bore-depth-test", 1, public=_quantity_test("depth_min", "mm", token["bore-depth"]),
                hidden="""from curriculum.check import rules
require(compare(depth_min, turned_part.least_depth(turned_part.DRAWING, 16, 1.30) * ureg.mm, mode="units", rtol=0.01, rules=""" + _rules_text(
                    ("90 * ureg.mm", "drawing-depth"),
                    ("turned_part.least_depth(turned_part.DRAWING, 32, 1.30) * ureg.mm", "bore-diameter"),
                    ("turned_part.least_depth(turned_part.DRAWING, 16, 1.30) * math.pi * ureg.mm", "no-pi"),
                    ("(turned_part.shaft_volume(turned_part.DRAWING) - 1.30 / 7820 * 1e9) / (math.pi * 8**2) * ureg.mm",
                     "handbook-density"),
                    ("(160 - turned_part.least_depth(turned_part.DRAWING, 16, 1.30)) * ureg.mm", "from-left"),
                    ("turned_part.least_depth(turned_part.DRAWING, 16, 1.25) * ureg.mm", "design-mass")) + "))"),

        a.text(kk="## Б бөлім. Гульдин теоремасы және жеңіл білік", ru="## Часть В. Теорема Гульдина и лёгкий вал",
               en="## Part C. Pappus's theorem and the light shaft"),
        a.task(6, 3, "C", locked_id="pappus-prompt",
               kk=r"""Бекзат конустық ауысудың (№ 4: ұзындығы 20 мм, Ø50 → Ø34) көлемін былай есептеді: «жарты қиманың ауданы
(трапеция) көбейтілген $2\pi R$, мұндағы $R = 25$ мм — үлкен радиус». (а) Оның саны қандай және ол неге қате?
(ә) Гульдин (Папп) теоремасы: айналу денесінің көлемі $V = 2\pi \bar{x} A$, мұндағы $A$ — айналатын фигураның ауданы,
$\bar{x}$ — оның ауырлық центрінен оське дейінгі қашықтық. Катеттері $h$ пен $R$ тікбұрышты үшбұрыш үшін (ауырлық
центрі осьтен $R/3$ қашықтықта) конустың көлемін шығарыңыз. (б) Трапецияның ауырлық центрі осьтен
$\bar{x} = \frac{R^2 + R r + r^2}{3 (R + r)}$ қашықтықта. Осы арқылы конустық ауысудың көлемін есептеп, қиық конус
формуласымен салыстырыңыз. Жауапты төмендегі ұяшыққа сөзбен және есептеулермен жазыңыз.""",
               ru=r"""Бекзат вычислил объём конического перехода (№ 4: длина 20 мм, Ø50 → Ø34) так: «площадь полуразреза
(трапеции), умноженная на $2\pi R$, где $R = 25$ мм — больший радиус». (а) Какое у него число и почему это неверно?
(б) Теорема Гульдина (Паппа): объём тела вращения $V = 2\pi \bar{x} A$, где $A$ — площадь вращаемой фигуры,
$\bar{x}$ — расстояние от её центра тяжести до оси. Выведите объём конуса для прямоугольного треугольника с катетами
$h$ и $R$ (центр тяжести на расстоянии $R/3$ от оси). (в) Центр тяжести трапеции находится на расстоянии
$\bar{x} = \frac{R^2 + R r + r^2}{3 (R + r)}$ от оси. Вычислите так объём конического перехода и сравните с формулой
усечённого конуса. Напишите ответ словами и с вычислениями в ячейке ниже.""",
               en=r"""Bekzat computed the volume of the taper (No. 4: 20 mm long, Ø50 → Ø34) as "the half-section's area (a
trapezoid) times $2\pi R$, where $R = 25$ mm is the larger radius". (a) What number does he get, and why is it
wrong? (b) Pappus's (Guldin's) theorem: the volume of a solid of revolution is $V = 2\pi \bar{x} A$, where $A$ is the
area of the figure turned and $\bar{x}$ the distance of its centroid from the axis. Derive the cone's volume from the
right triangle with legs $h$ and $R$ (its centroid $R/3$ from the axis). (c) A trapezoid's centroid lies
$\bar{x} = \frac{R^2 + R r + r^2}{3 (R + r)}$ from the axis. Compute the taper's volume this way and compare with the
frustum formula. Write your answer in words and with calculations in the cell below.""",
               rubric={
                   "kk": r"""* 1 ұпай: $A = \frac{(25 + 17) \cdot 20}{2} = 420$ мм², $420 \cdot 2\pi \cdot 25 \approx 65\,973$ мм³; қате, себебі
  фигураның тек сыртқы шеті $R$ радиуспен айналады, ішкі нүктелері оське жақын, кіші шеңбер сызады (ал 17 мм-лік
  шетінде шеттің өзі де осьтен $R$ қашықтықта емес).
* 1 ұпай: үшбұрыш $A = \frac{R h}{2}$, $\bar{x} = \frac{R}{3}$, $V = 2\pi \cdot \frac{R}{3} \cdot \frac{R h}{2} =
  \frac{\pi R^2 h}{3}$; Бекзаттың тәсілі $\pi R^2 h$, яғни үш есе көп береді.
* 1 ұпай: $\bar{x} = \frac{625 + 425 + 289}{3 \cdot 42} \approx 10{,}63$ мм, $V = 2\pi \cdot 10{,}63 \cdot 420 \approx
  28\,044$ мм³ $\approx 28{,}04$ см³, қиық конус формуласымен бірдей.""",
                   "ru": r"""* 1 балл: $A = \frac{(25 + 17) \cdot 20}{2} = 420$ мм², $420 \cdot 2\pi \cdot 25 \approx 65\,973$ мм³; неверно,
  потому что по окружности радиуса $R$ идёт только внешний край фигуры, её внутренние точки ближе к оси и описывают
  меньшие окружности (а на конце радиусом 17 мм даже край не на расстоянии $R$ от оси).
* 1 балл: треугольник $A = \frac{R h}{2}$, $\bar{x} = \frac{R}{3}$, $V = 2\pi \cdot \frac{R}{3} \cdot \frac{R h}{2} =
  \frac{\pi R^2 h}{3}$; способ Бекзата даёт $\pi R^2 h$, втрое больше.
* 1 балл: $\bar{x} = \frac{625 + 425 + 289}{3 \cdot 42} \approx 10{,}63$ мм, $V = 2\pi \cdot 10{,}63 \cdot 420 \approx
  28\,044$ мм³ $\approx 28{,}04$ см³, как по формуле усечённого конуса.""",
                   "en": r"""* 1 point: $A = \frac{(25 + 17) \cdot 20}{2} = 420$ mm², $420 \cdot 2\pi \cdot 25 \approx 65\,973$ mm³; wrong,
  because only the figure's outer edge travels round the circle of radius $R$: its inner points are nearer the axis
  and trace smaller circles (and at the 17 mm end not even the edge is at $R$).
* 1 point: the triangle has $A = \frac{R h}{2}$, $\bar{x} = \frac{R}{3}$, $V = 2\pi \cdot \frac{R}{3} \cdot
  \frac{R h}{2} = \frac{\pi R^2 h}{3}$; Bekzat's way gives $\pi R^2 h$, three times as much.
* 1 point: $\bar{x} = \frac{625 + 425 + 289}{3 \cdot 42} \approx 10.63$ mm, $V = 2\pi \cdot 10.63 \cdot 420 \approx
  28\,044$ mm³ $\approx 28.04$ cm³, the same as by the frustum formula."""}),
        a.written("pappus", 3, r"""**Model answer (en).** (a) The half-section of the taper is a trapezoid with the parallel sides $25$ and
$17$ mm and the height $20$ mm: $A = \frac{(25 + 17) \cdot 20}{2} = 420$ mm². Bekzat gets $420 \cdot 2\pi \cdot 25
\approx 65\,973$ mm³, more than twice the real volume. Only the points at the distance $25$ mm from the axis travel
round a circle of radius $25$ mm; every other point of the trapezoid is nearer the axis and traces a smaller circle.
(b) For the cone, $A = \frac{R h}{2}$ and the centroid is $\frac{R}{3}$ from the axis: $V = 2\pi \cdot \frac{R}{3}
\cdot \frac{R h}{2} = \frac{\pi R^2 h}{3}$. Bekzat's way would give $\pi R^2 h$, three times too much. (c)
$\bar{x} = \frac{625 + 425 + 289}{3 \cdot 42} = \frac{1339}{126} \approx 10.63$ mm, so $V = 2\pi \cdot 10.63 \cdot 420
\approx 28\,044$ mm³ $\approx 28.04$ cm³: the same as $\frac{\pi \cdot 20}{3}(25^2 + 25 \cdot 17 + 17^2)$.

**Үлгі жауап (kk).** (а) Конустық ауысудың жарты қимасы — параллель қабырғалары $25$ және $17$ мм, биіктігі $20$ мм
трапеция: $A = \frac{(25 + 17) \cdot 20}{2} = 420$ мм². Бекзаттың саны $420 \cdot 2\pi \cdot 25 \approx 65\,973$ мм³,
нақты көлемнен екі еседен де көп. Радиусы $25$ мм шеңберді тек осьтен $25$ мм қашықтағы нүктелер сызады; трапецияның
басқа нүктелері оське жақын, кіші шеңбер сызады. (ә) Конус үшін $A = \frac{R h}{2}$, ауырлық центрі осьтен
$\frac{R}{3}$ қашықтықта: $V = 2\pi \cdot \frac{R}{3} \cdot \frac{R h}{2} = \frac{\pi R^2 h}{3}$. Бекзаттың тәсілі
$\pi R^2 h$, яғни үш есе көп береді. (б) $\bar{x} = \frac{625 + 425 + 289}{3 \cdot 42} = \frac{1339}{126} \approx
10{,}63$ мм, онда $V = 2\pi \cdot 10{,}63 \cdot 420 \approx 28\,044$ мм³ $\approx 28{,}04$ см³:
$\frac{\pi \cdot 20}{3}(25^2 + 25 \cdot 17 + 17^2)$-пен бірдей.

**Образец ответа (ru).** (а) Полуразрез конического перехода — трапеция с параллельными сторонами $25$ и $17$ мм и
высотой $20$ мм: $A = \frac{(25 + 17) \cdot 20}{2} = 420$ мм². У Бекзата $420 \cdot 2\pi \cdot 25 \approx 65\,973$ мм³,
более чем вдвое больше настоящего объёма. По окружности радиуса $25$ мм идут только точки на расстоянии $25$ мм от
оси; все остальные точки трапеции ближе к оси и описывают меньшие окружности. (б) Для конуса $A = \frac{R h}{2}$,
центр тяжести на расстоянии $\frac{R}{3}$ от оси: $V = 2\pi \cdot \frac{R}{3} \cdot \frac{R h}{2} =
\frac{\pi R^2 h}{3}$. Способ Бекзата дал бы $\pi R^2 h$, втрое больше. (в) $\bar{x} = \frac{625 + 425 + 289}{3 \cdot
42} = \frac{1339}{126} \approx 10{,}63$ мм, тогда $V = 2\pi \cdot 10{,}63 \cdot 420 \approx 28\,044$ мм³
$\approx 28{,}04$ см³: столько же, сколько $\frac{\pi \cdot 20}{3}(25^2 + 25 \cdot 17 + 17^2)$."""),

        a.task(7, 2, "C",
               kk=r"""Зертханада білікті оң жақ шетінен бұрғыланған осьтік тесікпен жеңілдетіңіз: массасы $1{,}25$ кг-нан аспайды,
тесіктің айналасындағы қабырға (фаскалар да есептеледі) кемінде 5 мм, тесік 150 мм-ден терең емес (сол жақ шеті
станоктың центрі үшін тұтас қалады). Тесікті таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана
көрсеткен `design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru=r"""Облегчите в лаборатории вал осевым отверстием, просверленным с правого торца: масса не больше $1{,}25$ кг,
стенка вокруг отверстия (фаски тоже считаются) не тоньше 5 мм, отверстие не глубже 150 мм (левый торец остаётся
сплошным для центра станка). Подберите отверстие, нажмите **Проверить проект** и скопируйте в ячейку ответа строку
`design = {...}`, которую показывает лаборатория.""",
               en=r"""Lighten the shaft in the lab with a bore drilled from the right end: a mass of at most $1.25$ kg, a wall around
the bore (chamfers count) at least 5 mm thick, a bore at most 150 mm deep (the left end stays solid for the lathe's
centre). Choose the bore, press **Check the design**, then copy the line `design = {...}` that the lab shows into
the answer cell."""),
        a.code("""turned_part.make_lab("light")"""),
        a.answer("design", "design = {'bore': 20, 'depth': 90}", before="# design = {'bore': ..., 'depth': ...}"),
        a.tests("design-test", 2, public=f"""assert isinstance(design, dict) and "bore" in design, pick({_msg("design = {'bore': ..., 'depth': ...} (зертхана көрсететін жол)", "design = {'bore': ..., 'depth': ...} (строка, которую показывает лаборатория)", "design = {'bore': ..., 'depth': ...} (the line the lab shows)")!r})
advise(check_design(design, turned_part.DESIGN_SPEC, model=turned_part.design_result))""",
                hidden="""require(check_design(design, turned_part.DESIGN_SPEC, model=turned_part.design_result))"""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "turned_part.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
