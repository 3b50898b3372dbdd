"""Writes inf-09-gear-blank's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-09-gear-blank/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_inf_09_gear_blank.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a dimension of the drawing, a given of a task, or comes from the lab's model
(``curriculum.labs.gear_blank``, which takes grade 8's formulas from ``curriculum.labs.gears``); the module's test
pins each one.
"""

from __future__ import annotations

from pathlib import Path

from curriculum import authoring as a
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "inf-09-gear-blank"

FORMULAS = r"$$d=m\,z,\qquad d_a=m\,(z+2),\qquad d_f=m\,(z-2{,}5)$$"
FORMULAS_EN = r"$$d=m\,z,\qquad d_a=m\,(z+2),\qquad d_f=m\,(z-2.5)$$"


def formulas() -> list:
    """The three diameters: a formula with a decimal is written in each language's notation."""
    return a.text(kk=FORMULAS, ru=FORMULAS, en=FORMULAS_EN)


DRAWING_TABLE = """| | m | z | b | D | n | h |
|---|---|---|---|---|---|---|
| | 2 | 40 | 12 | 15 | 6 | 10 |"""

LEGEND = dict(
    kk="""Сызба (мм): $m$ — модуль, $z$ — тістер саны, $b$ — доңғалақтың ені, $D$ — білік тесігінің диаметрі, $n$ — жеңілдету
тесіктерінің саны, $h$ — олардың диаметрі. Жеңілдету тесіктері білік тесігі мен тіс ойыстарының шеңберінің дәл
ортасындағы шеңберде тұр: оның диаметрі $(d_f + D)/2$; бірінші тесік +x осінде, қалғандары сағат тіліне қарсы бірдей
бұрышпен. **Координаттар жүйесі:** принтердікі (x — оңға, y — алға, z — жоғары, мм); дайындама үстелде жатады,
оның осі — z осі (центрі координаттар басында).""",
    ru="""Чертёж (мм): $m$ — модуль, $z$ — число зубьев, $b$ — ширина колеса, $D$ — диаметр отверстия под вал, $n$ — число
облегчающих отверстий, $h$ — их диаметр. Облегчающие отверстия стоят на окружности ровно посередине между
отверстием под вал и окружностью впадин: её диаметр $(d_f + D)/2$; первое отверстие на оси +x, остальные против
часовой стрелки через равные углы. **Система координат:** принтера (x — вправо, y — вперёд, z — вверх, мм);
заготовка лежит на столе, её ось — ось z (центр в начале координат).""",
    en="""The drawing (mm): $m$ is the module, $z$ the number of teeth, $b$ the wheel's width, $D$ the bore's diameter, $n$ the
number of lightening holes, $h$ their diameter. The lightening holes sit on the circle exactly half way between the
bore and the root circle: its diameter is $(d_f + D)/2$; the first hole is on the +x axis, the others
counter-clockwise at equal angles. **The frame:** the printer's (x right, y away, z up, mm); the blank lies on the
bed, its axis the z axis (its centre at the origin).""")


# -- lesson 1: from the module and the teeth to the blank ----------------------------------------------

LESSON_1_SETUP = """from curriculum.cad import cylinder
from curriculum.i18n import pick
from curriculum.labs import gear_blank, gears"""


def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_1_SETUP),
        a.hook(
            kk="""# Тісті доңғалақтың дайындамасы, 1-сабақ. Модуль мен тістер санынан дайындамаға

Конвейер редукторының доңғалағы тозды, жөндеу цехы жаңасын тапсырыс береді. Болат доңғалақ қымбат және оны күту
ұзақ, сондықтан инженерлер алдымен оның PLA-дан прототипін 3D принтерде басып, білікке және корпусқа сыятынын
тексереді. Тісті доңғалақ **дайындамадан** (blank) кесіледі: токарь алдымен дискіні жонады, содан кейін тістер
кесіледі. Дайындаманың диаметрі қандай болуы керек? 8-сыныптағы $d = mz$ формуласы жеткілікті ме?""",
            ru="""# Заготовка зубчатого колеса, урок 1. От модуля и числа зубьев к заготовке

Колесо редуктора конвейера износилось, ремонтный цех заказывает новое. Стальное колесо дорогое, и ждать его долго,
поэтому инженеры сначала печатают его прототип из PLA на 3D-принтере и проверяют, встаёт ли он на вал и в корпус.
Зубчатое колесо нарезают из **заготовки** (blank): токарь сначала протачивает диск, потом нарезают зубья. Каким
должен быть диаметр заготовки? Хватит ли формулы $d = mz$ из 8 класса?""",
            en="""# A gear blank, lesson 1. From the module and the teeth to the blank

A wheel of the conveyor's gearbox is worn, and the maintenance shop orders a new one. A steel wheel is expensive and
slow to come, so the engineers first print a PLA prototype on a 3D printer and check that it fits the shaft and the
housing. A gear is cut from a **blank**: a turner first turns a disc, then the teeth are cut. What diameter must
the blank have? Is grade 8's formula $d = mz$ enough?"""),
        a.text(
            kk="""## 1. Үш диаметр

8-сыныптан: **модуль** (module) $m$ тістің өлшемін береді, ал **бөлгіш диаметр** (pitch diameter) $d = mz$ — бөлгіш шеңбердің
диаметрі: ілініскен екі доңғалақтың бөлгіш шеңберлері бір-бірімен жанасып, сырғанамай домалайды. Бірақ тістер бөлгіш шеңберден сыртқа шығады: тіс
төбесі одан $m$ қашықтықта, ал тістер арасындағы ойыс одан $1{,}25m$ тереңдікте (стандартты тіс, ISO 53). Сондықтан

* **тіс төбелерінің диаметрі** (tip diameter) $d_a = d + 2m = m(z + 2)$: дайындама осы диаметрге дейін жонылады;
* **тіс ойыстарының диаметрі** (root diameter) $d_f = d - 2{,}5m = m(z - 2{,}5)$: тістер осы шеңберге дейін
  кесіледі.

Дайындаманың ені $b$ доңғалақтың енімен бірдей, ал ортасында **білік тесігі** (bore) $D$ бар.""",
            ru="""## 1. Три диаметра

Из 8 класса: **модуль** $m$ задаёт размер зуба, а **делительный диаметр** $d = mz$ — диаметр делительной окружности:
делительные окружности двух колёс в зацеплении касаются и катятся друг по другу без проскальзывания. Но зубья выходят за делительную окружность: вершина зуба на $m$ дальше
неё, а впадина между зубьями на $1{,}25m$ глубже (стандартный зуб, ISO 53). Поэтому

* **диаметр вершин зубьев** $d_a = d + 2m = m(z + 2)$: до него протачивают заготовку;
* **диаметр впадин** $d_f = d - 2{,}5m = m(z - 2{,}5)$: до этой окружности нарезают зубья.

Ширина заготовки $b$ равна ширине колеса, а в середине есть **отверстие под вал** $D$.""",
            en="""## 1. Three diameters

From grade 8: the **module** $m$ sets the size of a tooth, and the **pitch diameter** $d = mz$ is the diameter of the
pitch circle: the pitch circles of two meshing gears touch and roll on each other without slipping. But the teeth stick out past the pitch circle: a tooth's tip is $m$
beyond it, and the space between teeth goes $1.25m$ inside it (the standard tooth, ISO 53). So

* the **tip diameter** $d_a = d + 2m = m(z + 2)$: the blank is turned to it;
* the **root diameter** $d_f = d - 2.5m = m(z - 2.5)$: the teeth are cut down to this circle.

The blank is as wide as the wheel, $b$, and has a **bore** $D$ for the shaft in its middle."""),
        formulas(),
        a.example(
            kk="""### 1-мысал: доңғалақтың дайындамасы

Доңғалақта $m = 2$ мм, $z = 40$ тіс. Сонда $d = 2 \\cdot 40 = 80$ мм, $d_a = 2 \\cdot (40 + 2) = 84$ мм,
$d_f = 2 \\cdot (40 - 2{,}5) = 75$ мм. Дайындаманың ені 12 мм, білік тесігі Ø15 мм. Оның көлемі — ені $b$ болатын
сақинаның көлемі: $V = \\frac{\\pi}{4}(d_a^2 - D^2)\\,b = \\frac{\\pi}{4}(84^2 - 15^2) \\cdot 12 \\approx 64381$ мм³,
ал PLA-дан массасы шамамен 79,8 г. Келесі ұяшық дайындаманы параметрлік модель ретінде жазады: `blank(m, z, b, D)`
функциясы кез келген модуль мен тістер санына дайындама жасайды.""",
            ru="""### Пример 1: заготовка колеса

У колеса $m = 2$ мм, $z = 40$ зубьев. Тогда $d = 2 \\cdot 40 = 80$ мм, $d_a = 2 \\cdot (40 + 2) = 84$ мм,
$d_f = 2 \\cdot (40 - 2{,}5) = 75$ мм. Ширина заготовки 12 мм, отверстие под вал Ø15 мм. Её объём — объём кольца
шириной $b$: $V = \\frac{\\pi}{4}(d_a^2 - D^2)\\,b = \\frac{\\pi}{4}(84^2 - 15^2) \\cdot 12 \\approx 64381$ мм³, а масса
из PLA около 79,8 г. Следующая ячейка записывает заготовку как параметрическую модель: функция `blank(m, z, b, D)`
строит заготовку для любого модуля и числа зубьев.""",
            en="""### Example 1: a wheel's blank

A wheel has $m = 2$ mm and $z = 40$ teeth. Then $d = 2 \\cdot 40 = 80$ mm, $d_a = 2 \\cdot (40 + 2) = 84$ mm and
$d_f = 2 \\cdot (40 - 2.5) = 75$ mm. The blank is 12 mm wide with a Ø15 mm bore. Its volume is that of a ring $b$ wide:
$V = \\frac{\\pi}{4}(d_a^2 - D^2)\\,b = \\frac{\\pi}{4}(84^2 - 15^2) \\cdot 12 \\approx 64381$ mm³, and its mass in PLA
about 79.8 g. The next cell writes the blank as a parametric model: the function `blank(m, z, b, D)` makes a blank
for any module and number of teeth."""),
        a.code("""import math

def blank(m, z, b, D):
    disc = cylinder(m * (z + 2), b)
    return disc - cylinder(D, b + 2).move(z=-1)

part = blank(2, 40, 12, 15)
print(gears.pitch_diameter(2, 40), gear_blank.tip_diameter(2, 40), gear_blank.root_diameter(2, 40))
print(round(math.pi / 4 * (84**2 - 15**2) * 12), pick({"kk": "мм³ формуламен;", "ru": "мм³ по формуле;", "en": "mm³ by the formula;"}),
      round(part.volume), pick({"kk": "мм³ модельде", "ru": "мм³ на модели", "en": "mm³ on the model"}))
print(round(part.mass(), 1), pick({"kk": "г PLA", "ru": "г PLA", "en": "g of PLA"}))
part.show()""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Модульді өзгертпей, тістер санын 40-тан 80-ге дейін екі есе арттырсақ, дайындаманың массасы неше есе өседі: 2 есе
ме, шамамен 4 есе ме? Неге? Ал модульді 2-ден 4-ке арттырсақ ше? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Если, не меняя модуль, вдвое увеличить число зубьев с 40 до 80, во сколько раз вырастет масса заготовки: в 2 раза
или примерно в 4? Почему? А если увеличить модуль с 2 до 4? Запишите предсказание в тетрадь.""",
            en="""### Predict first

If the number of teeth doubles from 40 to 80 with the same module, how many times heavier is the blank: 2 times or
about 4 times? Why? And if the module goes from 2 to 4? Write your prediction down."""),
        a.lab("""lab = gear_blank.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

Жүгірткілер модульді, тістер санын, енін, білік тесігін және жеңілдету тесіктерін өзгертеді; дайындама 3D көріністе
бірден өзгереді, ал оның жанында одан кесілетін тісті доңғалақ мөлдір болып тұр.

1. $m = 2$, $z = 40$ қойып, жеңілдету тесіктерін 0-ге түсіріңіз: көрсеткіш 1-мысалдың диаметрлерін көрсете ме?
2. Тістер санын 80-ге дейін арттырыңыз: масса неше есе өсті? Болжамыңыз расталды ма?
3. Модульді өзгертіңіз: мөлдір доңғалақтың тістері қалай өзгереді? Тістер саны өзгерді ме?""",
            ru="""### Исследуйте

Ползунки меняют модуль, число зубьев, ширину, отверстие под вал и облегчающие отверстия; заготовка сразу меняется в
3D-виде, а рядом прозрачным стоит колесо, которое из неё нарежут.

1. Поставьте $m = 2$, $z = 40$ и уберите облегчающие отверстия (0): показывает ли прибор диаметры примера 1?
2. Увеличьте число зубьев до 80: во сколько раз выросла масса? Подтвердилось ли предсказание?
3. Меняйте модуль: как меняются зубья прозрачного колеса? Изменилось ли число зубьев?""",
            en="""### Explore

The sliders change the module, the number of teeth, the width, the bore and the lightening holes; the blank changes
at once in the 3D view, and beside it, see-through, stands the gear that will be cut from it.

1. Set $m = 2$, $z = 40$ and take the lightening holes down to 0: does the readout show example 1's diameters?
2. Raise the number of teeth to 80: how many times did the mass grow? Was your prediction right?
3. Change the module: how do the see-through gear's teeth change? Did the number of teeth change?"""),
        a.misconception(
            kk="""### Дұрыс па?

Дәулет дайындаманы бөлгіш диаметрге дейін, $d = mz = 80$ мм етіп жонды: «Доңғалақтың диаметрі — $mz$». Келісесіз
бе? Төмендегі ұяшық тістің қай бөлігі жетпей қалатынын есептейді. Тіс төбелері 84 мм шеңберге дейін шығуы керек:
80 мм дайындамадан кесілген тістер $m$-ге қысқа болады да, ілінісуде жұптың тістері бір-біріне толық кірмейді.""",
            ru="""### Верно ли?

Даулет проточил заготовку до делительного диаметра, $d = mz = 80$ мм: «Диаметр колеса — это $mz$». Согласны? Ячейка
ниже считает, какой части зуба не хватит. Вершины зубьев должны доходить до окружности 84 мм: у зубьев, нарезанных
из заготовки 80 мм, не хватит $m$ высоты, и зубья пары не войдут друг в друга полностью.""",
            en="""### Is it true?

Daulet turned the blank to the pitch diameter, $d = mz = 80$ mm: "A gear's diameter is $mz$." Do you agree? The cell
below computes which part of the tooth is missing. The tips must reach the 84 mm circle: teeth cut from an 80 mm
blank are $m$ too short, and the teeth of the pair do not go fully into each other."""),
        a.code("""m, z = 2, 40
full_tooth = (gear_blank.tip_diameter(m, z) - gear_blank.root_diameter(m, z)) / 2
daulet_tooth = (gears.pitch_diameter(m, z) - gear_blank.root_diameter(m, z)) / 2
print(full_tooth, daulet_tooth, full_tooth - daulet_tooth)""", role="misconception"),
        a.summary(
            kk="""## Қорытынды

* **Модуль** $m$ және тістер саны $z$ доңғалақтың барлық диаметрін береді.
* **Бөлгіш диаметр** $d = mz$ — ілінісу шеңбері; **тіс төбелерінің диаметрі** $d_a = m(z + 2)$ — **дайындама**
  жонылатын диаметр; **тіс ойыстарының диаметрі** $d_f = m(z - 2{,}5)$ — тістер кесілетін шеңбер.
* Дайындаманың ортасында **білік тесігі** $D$ бар; көлемі $\\frac{\\pi}{4}(d_a^2 - D^2)\\,b$.
* Параметрлік модель — параметрлердің функциясы: $m$ немесе $z$ өзгерсе, бүкіл бөлшек өзгереді.""",
            ru="""## Итоги

* **Модуль** $m$ и число зубьев $z$ задают все диаметры колеса.
* **Делительный диаметр** $d = mz$ — окружность зацепления; **диаметр вершин зубьев** $d_a = m(z + 2)$ — до него
  протачивают **заготовку**; **диаметр впадин** $d_f = m(z - 2{,}5)$ — до него нарезают зубья.
* В середине заготовки — **отверстие под вал** $D$; её объём $\\frac{\\pi}{4}(d_a^2 - D^2)\\,b$.
* Параметрическая модель — функция параметров: меняется $m$ или $z$ — меняется вся деталь.""",
            en="""## Summary

* The **module** $m$ and the number of teeth $z$ give every diameter of a gear.
* The **pitch diameter** $d = mz$ is the meshing circle; the **tip diameter** $d_a = m(z + 2)$ is what the **blank**
  is turned to; the **root diameter** $d_f = m(z - 2.5)$ is where the teeth are cut down to.
* The blank has a **bore** $D$ in its middle; its volume is $\\frac{\\pi}{4}(d_a^2 - D^2)\\,b$.
* A parametric model is a function of its parameters: change $m$ or $z$ and the whole part follows."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Тістер саны екі есе өссе, дайындаманың массасы шамамен ... есе өседі, себебі ...».
2. 8-сыныптың қай формуласы бүгін 3D модельге айналды?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Если число зубьев растёт вдвое, масса заготовки растёт примерно в ... раза, потому что ...».
2. Какая формула 8 класса сегодня стала 3D-моделью?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "When the number of teeth doubles, the blank's mass grows about ... times, because ..."
2. Which formula of grade 8 became a 3D model today?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: lightening holes and a light wheel -------------------------------------------------------

LESSON_2_SETUP = """import math
from curriculum.cad import cylinder
from curriculum.check import check_part
from curriculum.i18n import pick
from curriculum.labs import gear_blank"""


def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_2_SETUP),
        a.hook(
            kk="""# Тісті доңғалақтың дайындамасы, 2-сабақ. Жеңілдету тесіктері және жеңіл доңғалақ

Тұтас дайындаманың массасы 80 г-ға жуық, ал принтер оны бірнеше сағат басады. Үлкен болат доңғалақтарда
**жеңілдету тесіктері** (lightening hole) жасалады: доңғалақтың дискісінде шеңбер бойына бірдей қадаммен тұрған
тесіктер. Прототипке де солай істейміз. Бірақ тіс астындағы **құрсау** (rim) тым жұқа болса, тістер оны жұлып алады,
ал тесіктер бір-біріне тым жақын болса, доңғалақ бөліктерге бөлініп кетеді.""",
            ru="""# Заготовка зубчатого колеса, урок 2. Облегчающие отверстия и лёгкое колесо

Сплошная заготовка весит около 80 г, и принтер печатает её несколько часов. В больших стальных колёсах делают
**облегчающие отверстия** (lightening hole): отверстия в диске колеса, расставленные по окружности с равным шагом.
Сделаем так и в прототипе. Но если **обод** (rim) под зубьями слишком тонкий, зубья его вырвут, а если отверстия
слишком близко друг к другу, колесо распадётся на части.""",
            en="""# A gear blank, lesson 2. Lightening holes and a light wheel

A solid blank weighs nearly 80 g, and the printer takes hours over it. Large steel wheels get **lightening holes**:
holes in the wheel's disc, spaced evenly on a circle. We do the same in the prototype. But if the **rim** under the
teeth is too thin, the teeth tear it out, and if the holes are too close together, the wheel falls apart."""),
        a.text(
            kk="""## 1. Шеңбер бойындағы тесіктер

$n$ тесік диаметрі $c$ шеңбер бойына бірдей қадаммен тұрса, екі көрші тесіктің арасындағы бұрыш $360°/n$. $k$-шы
тесіктің центрі ($k = 0, 1, \\ldots, n - 1$):""",
            ru="""## 1. Отверстия по окружности

Если $n$ отверстий стоят по окружности диаметром $c$ с равным шагом, угол между двумя соседними равен $360°/n$.
Центр $k$-го отверстия ($k = 0, 1, \\ldots, n - 1$):""",
            en="""## 1. Holes on a circle

When $n$ holes stand evenly on a circle of diameter $c$, the angle between two neighbours is $360°/n$. The centre of
hole $k$ ($k = 0, 1, \\ldots, n - 1$) is"""),
        a.formula(r"$$\varphi_k=\frac{2\pi k}{n},\qquad x_k=\frac{c}{2}\cos\varphi_k,\qquad y_k=\frac{c}{2}\sin\varphi_k$$"),
        a.text(
            kk="""Python-дағы `math.cos` пен `math.sin` бұрышты радианмен алады ($2\\pi$ радиан = 360°). Құрсаудың қалыңдығы —
тесіктің сыртқы жиегінен тіс ойыстарының шеңберіне дейін: $d_f/2 - (c/2 + h/2)$; ол кемінде $2{,}5m$ болуы керек.
Екі көрші тесіктің арасындағы көпір $c \\sin(180°/n) - h$: принтер оны баса алуы керек.""",
            ru="""В Python `math.cos` и `math.sin` берут угол в радианах ($2\\pi$ радиан = 360°). Толщина обода — от внешнего края
отверстия до окружности впадин: $d_f/2 - (c/2 + h/2)$; она должна быть не меньше $2{,}5m$. Перемычка между двумя
соседними отверстиями $c \\sin(180°/n) - h$: принтер должен её напечатать.""",
            en="""In Python, `math.cos` and `math.sin` take the angle in radians ($2\\pi$ radians = 360°). The rim's thickness runs
from a hole's outer edge to the root circle: $d_f/2 - (c/2 + h/2)$; it must be at least $2.5m$. The bridge between
two neighbouring holes is $c \\sin(180°/n) - h$: the printer must be able to print it."""),
        a.example(
            kk="""### 1-мысал: сызбадағы доңғалақ

Сызбада $m = 2$, $z = 40$, $b = 12$, $D = 15$ және алты Ø10 тесік. Тесіктер шеңберінің диаметрі
$c = (75 + 15)/2 = 45$ мм, құрсау $37{,}5 - (22{,}5 + 5) = 10$ мм $\\ge 2{,}5 \\cdot 2 = 5$ мм. Ұяшық тесік
центрлерін циклмен есептеп, доңғалақты жасайды және оны `check_part` арқылы сызбамен салыстырады.""",
            ru="""### Пример 1: колесо по чертежу

На чертеже $m = 2$, $z = 40$, $b = 12$, $D = 15$ и шесть отверстий Ø10. Диаметр окружности отверстий
$c = (75 + 15)/2 = 45$ мм, обод $37{,}5 - (22{,}5 + 5) = 10$ мм $\\ge 2{,}5 \\cdot 2 = 5$ мм. Ячейка вычисляет центры
отверстий циклом, строит колесо и сравнивает его с чертежом через `check_part`.""",
            en="""### Example 1: the drawing's wheel

The drawing has $m = 2$, $z = 40$, $b = 12$, $D = 15$ and six Ø10 holes. The holes' circle is
$c = (75 + 15)/2 = 45$ mm across, the rim $37.5 - (22.5 + 5) = 10$ mm $\\ge 2.5 \\cdot 2 = 5$ mm. The cell computes
the hole centres with a loop, makes the wheel and compares it with the drawing with `check_part`."""),
        a.code("""m, z, b, D, n, h = 2, 40, 12, 15, 6, 10
c = (m * (z - 2.5) + D) / 2
wheel = cylinder(m * (z + 2), b) - cylinder(D, b + 2).move(z=-1)
for k in range(n):
    angle = 2 * math.pi * k / n
    x, y = c / 2 * math.cos(angle), c / 2 * math.sin(angle)
    print(k, round(x, 2), round(y, 2))
    wheel = wheel - cylinder(h, b + 2).move(x=x, y=y, z=-1)
print(round(wheel.mass(), 1), pick({"kk": "г PLA", "ru": "г PLA", "en": "g of PLA"}))
print(check_part(wheel, gear_blank.reference(), sections=gear_blank.SECTIONS, walls=gear_blank.WALLS).message)
wheel.show()""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Сәуле былай дейді: «Тесіктер неғұрлым көп болса, соғұрлым жақсы: доңғалақ жеңілдейді». Ол он Ø14 тесік жасады.
Келісесіз бе? Төмендегі ұяшық тексереді: көрші тесіктер бір-біріне қосылып кетеді (көпір теріс), доңғалақ екі бөлек
денеге бөлінеді.""",
            ru="""### Верно ли?

Сауле говорит: «Чем больше отверстий, тем лучше: колесо легче». Она сделала десять отверстий Ø14. Согласны? Ячейка
ниже проверяет: соседние отверстия сливаются (перемычка отрицательная), и колесо распадается на два отдельных тела.""",
            en="""### Is it true?

Saule says: "The more holes, the better: the wheel gets lighter." She made ten Ø14 holes. Do you agree? The cell below
checks: neighbouring holes run into each other (the bridge is negative), and the wheel falls apart into two separate
bodies."""),
        a.code("""saule = gear_blank.model(holes=10, hole=14)
print(round(saule["bridge"], 2), saule["bodies"], round(saule["mass"], 1))
print(check_part(saule["part"]).message)""", role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Сызбадағы доңғалақтың массасы 72,7 г. Зауыт ең көбі 55 г доңғалақ сұрайды: ол бұрынғы жерде ілінісуі керек
(бөлгіш диаметрі 80 мм), тістері кемінде 17, ені кемінде 10 мм, құрсауы кемінде $2{,}5m$, тесіктер арасы кемінде
3 мм (зауыттың ойдан алынған талаптары). Бағалаңыз: енін 12 мм-ден 10 мм-ге азайту қанша грамм үнемдейді? Қай
жүгірткілер көмектеседі, қайсысы шекараға тіреледі?""",
            ru="""### Сначала предскажите

Колесо по чертежу весит 72,7 г. Завод просит колесо не тяжелее 55 г: оно должно зацепляться там же (делительный
диаметр 80 мм), иметь не меньше 17 зубьев, ширину не меньше 10 мм, обод не тоньше $2{,}5m$ и перемычки между
отверстиями не меньше 3 мм (условные требования завода). Оцените: сколько граммов сэкономит ширина 10 мм вместо
12 мм? Какие ползунки помогут, а какие упрутся в ограничения?""",
            en="""### Predict first

The drawing's wheel weighs 72.7 g. The plant asks for a wheel of at most 55 g: it must mesh where the old one did
(pitch diameter 80 mm), with at least 17 teeth, at least 10 mm wide, a rim of at least $2.5m$ and at least 3 mm
between holes (the plant's requirements, made up). Estimate: how many grams does a width of 10 mm instead of 12 mm
save? Which sliders help, and which run into a limit?"""),
        a.design_lab("""gear_blank.make_lab("light")"""),
        a.text(
            kk="""### Жобалаңыз

Жүгірткілермен барлық талапқа сай доңғалақты табыңыз да, **Жобаны тексеру** батырмасын басыңыз. Шешім біреу емес:
модулі әртүрлі екі шешім тауып, массаларын салыстырыңыз. Зертхана көрсеткен `design = {...}` жолын дәптерге
көшіріп алыңыз.""",
            ru="""### Спроектируйте

Найдите ползунками колесо, которое выполняет все требования, и нажмите **Проверить проект**. Решение не одно: найдите
два с разным модулем и сравните их массы. Перепишите в тетрадь строку `design = {...}`, которую показывает
лаборатория.""",
            en="""### Design

Find with the sliders a wheel that meets every requirement and press **Check the design**. There is more than one
answer: find two with different modules and compare their masses. Copy the line `design = {...}` that the lab shows
into your notebook."""),
        a.summary(
            kk="""## Қорытынды

* **Жеңілдету тесігі** — доңғалақ дискісіндегі тесік; мұндай тесіктер шеңбер бойына циклмен қойылады: $\\varphi_k = 2\\pi k/n$, $x_k = \\frac{c}{2}\\cos\\varphi_k$,
  $y_k = \\frac{c}{2}\\sin\\varphi_k$.
* Тіс астындағы **құрсау** кемінде $2{,}5m$ қалың болуы керек; тесіктер арасындағы көпір принтерге жетерлік.
* Жеңіл **дайындама** — барлық талапты бір мезгілде орындау: масса, құрсау, көпірлер, **білік тесігі**.""",
            ru="""## Итоги

* **Облегчающее отверстие** — отверстие в диске колеса; такие отверстия расставляют по окружности циклом: $\\varphi_k = 2\\pi k/n$, $x_k = \\frac{c}{2}\\cos\\varphi_k$,
  $y_k = \\frac{c}{2}\\sin\\varphi_k$.
* **Обод** под зубьями должен быть толщиной не меньше $2{,}5m$; перемычки между отверстиями — такие, чтобы принтер
  их напечатал.
* Лёгкая **заготовка** — это все требования сразу: масса, обод, перемычки, **отверстие под вал**.""",
            en="""## Summary

* A **lightening hole** is a hole in the wheel's disc; such holes are placed on a circle by a loop: $\\varphi_k = 2\\pi k/n$, $x_k = \\frac{c}{2}\\cos\\varphi_k$,
  $y_k = \\frac{c}{2}\\sin\\varphi_k$.
* The **rim** under the teeth must be at least $2.5m$ thick; the bridges between holes wide enough to print.
* A light **blank** meets every requirement at once: mass, rim, bridges, **bore**."""),
        a.reflection(
            kk="""## Рефлексия

1. Жеңіл доңғалақтың қай талабы ең қатаң болды? Оны қалай таптыңыз?
2. Сәуленің доңғалағы неге екі бөлікке бөлінді? Оны бір жүгірткімен қалай түзетуге болады?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Какое требование к лёгкому колесу оказалось самым жёстким? Как вы это поняли?
2. Почему колесо Сауле распалось на две части? Как исправить это одним ползунком?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Which requirement of the light wheel was the strictest? How did you find out?
2. Why did Saule's wheel fall apart into two pieces? How can one slider fix it?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import sympy as sp
from curriculum.cad import box, circle, cylinder, extrude, rectangle, load, merge
from curriculum.check import advise, check_design, check_function, check_part, compare, require, rules
from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import gear_blank as lab

# [kk] 2-тапсырманың формуласының әріптері
# [ru] буквы формулы задания 2
# [en] the letters of task 2's formula
m, z, b, D = sp.symbols("m z b D", positive=True)"""

BLANK_SOLUTION = """c = (2 * (40 - 2.5) + 15) / 2
blank = cylinder(2 * (40 + 2), 12) - cylinder(15, 14).move(z=-1)
for x, y in hole_positions(6, c):
    blank = blank - cylinder(10, 14).move(x=x, y=y, z=-1)"""


def assignment(meta: object) -> object:
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Тісті доңғалақтың дайындамасы: тапсырма

Конвейер редукторының доңғалағына PLA-дан прототип дайындаймыз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз:
ол жауаптың түрін тексереді, ал ұпайды мұғалімнің жасырын тексерісі шешеді. Уақыты — 45 минут.""",
            ru="""# Заготовка зубчатого колеса: задание

Готовим прототип из PLA для колеса редуктора конвейера. Запускайте ячейку с тестом под каждым заданием: она
проверяет вид ответа, а баллы решает скрытая проверка учителя. Время — 45 минут.""",
            en="""# A gear blank: assignment

We make a PLA prototype of a conveyor gearbox's wheel. Run the test cell under each task: it checks the form of your
answer, and the teacher's hidden check decides the points. Time: 45 minutes."""),
        formulas(),
        a.formula(DRAWING_TABLE),
        a.text(**LEGEND),
        a.text(kk="## А бөлім. Дайындаманың өлшемдері", ru="## Часть А. Размеры заготовки",
               en="## Part A. The blank's sizes"),
        a.task(1, 1, "A",
               kk="""Шестерняда $m = 2{,}5$ мм, $z = 30$ тіс. Оның дайындамасы жонылатын тіс төбелерінің диаметрін
`d_tip` айнымалысына pint шамасы ретінде жазыңыз. Жауаптың түрі: `50 * ureg.mm` (бұл жауап емес).""",
               ru="""У шестерни $m = 2{,}5$ мм, $z = 30$ зубьев. Запишите диаметр вершин зубьев, до которого протачивают её
заготовку, в переменную `d_tip` как величину pint. Вид ответа: `50 * ureg.mm` (это не ответ).""",
               en="""A pinion has $m = 2.5$ mm and $z = 30$ teeth. Store the tip diameter its blank is turned to in `d_tip`,
as a pint quantity. The form of the answer: `50 * ureg.mm` (not the answer)."""),
        a.answer("tip-diameter", "d_tip = 2.5 * (30 + 2) * ureg.mm", before="# d_tip = ... * ureg.mm"),
        a.tests("tip-diameter-test", 1, public="""require(compare(d_tip, "mm", mode="dimension"))""",
                hidden="""require(compare(d_tip, "80 mm", mode="units", rtol=1e-3, rules=[rules.wrong_answer(75 * ureg.mm, code="pitch-diameter", message={"kk": "Бұл — бөлгіш диаметр mz. Дайындама тіс төбелерінің диаметріне дейін жонылады: тістер бөлгіш шеңберден m-ге шығады.", "ru": "Это делительный диаметр mz. Заготовку протачивают до диаметра вершин зубьев: зубья выходят за делительную окружность на m.", "en": "That is the pitch diameter mz. The blank is turned to the tip diameter: the teeth stick out m beyond the pitch circle."}),
    rules.wrong_answer(lab.root_diameter(2.5, 30) * ureg.mm, code="root-diameter", message={"kk": "Бұл — тіс ойыстарының диаметрі m(z − 2,5): тістер осы шеңберге дейін кесіледі. Дайындама тіс төбелерінің диаметріне m(z + 2) дейін жонылады.", "ru": "Это диаметр впадин m(z − 2,5): до него нарезают зубья. Заготовку протачивают до диаметра вершин зубьев m(z + 2).", "en": "That is the root diameter m(z − 2.5): the teeth are cut down to it. The blank is turned to the tip diameter m(z + 2)."})]))"""),
        a.task(2, 1, "B",
               kk="""Ені $b$, білік тесігі $D$ дайындаманың (жеңілдету тесіктерісіз) көлемін $m, z, b, D$ арқылы sympy
өрнегі ретінде `V` айнымалысына жазыңыз (`sp.pi` — π саны). Жауаптың түрі: `sp.pi * m * z * b` (бұл жауап емес).""",
               ru="""Запишите объём заготовки шириной $b$ с отверстием под вал $D$ (без облегчающих отверстий) через
$m, z, b, D$ как выражение sympy в переменную `V` (`sp.pi` — число π). Вид ответа: `sp.pi * m * z * b` (это не
ответ).""",
               en="""Store the volume of a blank $b$ wide with a bore $D$ (no lightening holes) in terms of $m, z, b, D$ as a
sympy expression in `V` (`sp.pi` is the number π). The form of the answer: `sp.pi * m * z * b` (not the answer)."""),
        a.answer("blank-volume", "V = sp.pi / 4 * ((m * (z + 2))**2 - D**2) * b", hint={
            "kk": "V = ...  (m, z, b, D арқылы sympy өрнегі)", "ru": "V = ...  (выражение sympy от m, z, b, D)",
            "en": "V = ...  (a sympy expression in m, z, b, D)"}),
        a.tests("blank-volume-test", 1, public="""assert isinstance(V, sp.Expr), pick({"kk": "V: sympy өрнегі", "ru": "V: выражение sympy", "en": "V: a sympy expression"})
assert {s.name for s in V.free_symbols} <= {"m", "z", "b", "D"}, "V(m, z, b, D)\"""",
                hidden="""_m, _z, _b, _D = sp.symbols("m z b D", positive=True)
require(compare(V, sp.pi / 4 * ((_m * (_z + 2))**2 - _D**2) * _b, rules=[rules.wrong_answer(sp.pi / 4 * ((_m * _z)**2 - _D**2) * _b, code="pitch-diameter", message={"kk": "Дайындаманың сыртқы диаметрі — тіс төбелерінің диаметрі m(z + 2), бөлгіш диаметр mz емес.", "ru": "Наружный диаметр заготовки — диаметр вершин зубьев m(z + 2), а не делительный mz.", "en": "The blank's outside diameter is the tip diameter m(z + 2), not the pitch diameter mz."}), rules.wrong_answer(sp.pi * ((_m * (_z + 2))**2 - _D**2) * _b, code="diameter-as-radius", message={"kk": "Дөңгелектің ауданы π(d/2)² = πd²/4: диаметрді радиус орнына алмаңыз.", "ru": "Площадь круга π(d/2)² = πd²/4: не берите диаметр вместо радиуса.", "en": "A circle's area is π(d/2)² = πd²/4: do not use the diameter as the radius."}), rules.wrong_answer(sp.pi / 4 * (_m * (_z + 2))**2 * _b, code="bore-forgotten", message={"kk": "Білік тесігін шегеруді ұмытпаңыз: πD²/4 · b.", "ru": "Не забудьте вычесть отверстие под вал: πD²/4 · b.", "en": "Do not forget to take away the bore: πD²/4 · b."}), rules.wrong_answer(sp.pi / 4 * ((_m * (_z + 2))**2 - _D**2), code="width-forgotten", message={"kk": "Бұл — аудан; көлем үшін оны b еніне көбейтіңіз.", "ru": "Это площадь; чтобы получить объём, умножьте её на ширину b.", "en": "That is an area; multiply it by the width b to get the volume."})]))"""),
        a.task(3, 1, "B",
               kk="""Сызбадағы дайындаманың (кестеде, алты жеңілдету тесігімен) PLA-дан массасын граммен `blank_mass`
айнымалысына pint шамасы ретінде жазыңыз. PLA тығыздығы 1,24 г/см³. Жауаптың түрі: `3 * ureg.gram` (бұл жауап
емес); 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Запишите массу заготовки по чертежу (из таблицы, с шестью облегчающими отверстиями) из PLA в граммах в
переменную `blank_mass` как величину pint. Плотность PLA 1,24 г/см³. Вид ответа: `3 * ureg.gram` (это не ответ);
принимается ответ с точностью до 1 %.""",
               en="""Store the mass in PLA of the drawing's blank (the table's, with its six lightening holes), in grams, in
`blank_mass`, as a pint quantity. PLA's density is 1.24 g/cm³. The form of the answer: `3 * ureg.gram` (not the
answer); an answer within 1 % is accepted."""),
        a.answer("blank-mass", """area = math.pi / 4 * (84**2 - 15**2 - 6 * 10**2)
blank_mass = (area * 12 * ureg.mm**3 * 1.24 * ureg.gram / ureg.cm**3).to(ureg.gram)""",
                 before="# blank_mass = ... * ureg.gram"),
        a.tests("blank-mass-test", 1, public="""require(compare(blank_mass, "g", mode="dimension"))""",
                hidden="""require(compare(blank_mass, "72.82 g", mode="units", rtol=0.01, rules=[
    rules.wrong_answer(math.pi / 4 * (84**2 - 15**2) * 12 / 1000 * 1.24 * ureg.gram, code="holes-forgotten", message={"kk": "Алты жеңілдету тесігін шегеруді ұмытпаңыз: әрқайсысы πh²/4 · b.", "ru": "Не забудьте вычесть шесть облегчающих отверстий: каждое πh²/4 · b.", "en": "Do not forget to take away the six lightening holes: πh²/4 · b each."}),
    rules.forgot_factor("1/1000", code="mm3-as-cm3", message={"kk": "Көлем мм³-пен, ал тығыздық г/см³-пен берілген: 1 см³ = 1000 мм³.", "ru": "Объём получен в мм³, а плотность дана в г/см³: 1 см³ = 1000 мм³.", "en": "The volume is in mm³ and the density in g/cm³: 1 cm³ = 1000 mm³."}),
    rules.wrong_answer(math.pi / 4 * (80**2 - 15**2 - 6 * 10**2) * 12 / 1000 * 1.24 * ureg.gram, code="pitch-diameter", message={"kk": "Дайындаманың сыртқы диаметрі — тіс төбелерінің диаметрі m(z + 2), бөлгіш диаметр mz емес.", "ru": "Наружный диаметр заготовки — диаметр вершин зубьев m(z + 2), а не делительный mz.", "en": "The blank's outside diameter is the tip diameter m(z + 2), not the pitch diameter mz."}),
]))"""),
        a.text(kk="## Ә бөлім. Дайындаманың моделі", ru="## Часть Б. Модель заготовки",
               en="## Part B. The blank's model"),
        a.task(4, 2, "B",
               kk="""`hole_positions(n, circle)` функциясын жазыңыз: ол диаметрі `circle` шеңбер бойына бірдей қадаммен
тұрған `n` тесік центрінің `(x, y)` жұптарының тізімін қайтарады; бірінші тесік +x осінде, қалғандары сағат тіліне
қарсы. Мысалы, `hole_positions(4, 20)` шамамен `[(10, 0), (0, 10), (-10, 0), (0, -10)]` береді (0-дің орнында
`6e-16` сияқты өте кіші сандар болуы мүмкін, олар да дұрыс).""",
               ru="""Напишите функцию `hole_positions(n, circle)`: она возвращает список пар `(x, y)` центров `n` отверстий,
стоящих с равным шагом на окружности диаметром `circle`; первое отверстие на оси +x, остальные против часовой
стрелки. Например, `hole_positions(4, 20)` даёт примерно `[(10, 0), (0, 10), (-10, 0), (0, -10)]` (на месте 0 могут
быть очень малые числа вроде `6e-16`, это тоже верно).""",
               en="""Write the function `hole_positions(n, circle)`: it returns the list of the `(x, y)` centres of `n`
holes spaced evenly on a circle of diameter `circle`, the first on the +x axis, the others counter-clockwise. For
example, `hole_positions(4, 20)` gives about `[(10, 0), (0, 10), (-10, 0), (0, -10)]` (where 0 is, very small
numbers such as `6e-16` may stand: they are right too)."""),
        a.answer("hole-positions", """def hole_positions(n, circle):
    r = circle / 2
    centres = []
    for k in range(n):
        angle = 2 * math.pi * k / n
        centres.append((r * math.cos(angle), r * math.sin(angle)))
    return centres""", hint={
            "kk": "def hole_positions(n, circle): ... [(x, y), ...] тізімін қайтарады",
            "ru": "def hole_positions(n, circle): ... возвращает список [(x, y), ...]",
            "en": "def hole_positions(n, circle): ... returns [(x, y), ...]"}),
        a.tests("hole-positions-test", 2, public="""assert callable(hole_positions), "def hole_positions(n, circle): ..."
require(check_function(hole_positions, lab.hole_positions, inputs=[(4, 20)], atol=1e-9))""",
                hidden="""require(check_function(hole_positions, lab.hole_positions, inputs=[(6, 45), (4, 20), (1, 30), (5, 50.5), (8, 60), (3, 12)], rtol=1e-9, atol=1e-9))"""),
        a.task(5, 4, "C",
               kk="""Сызба бойынша дайындаманы `blank` айнымалысына модельдеңіз: сыртқы диаметрі $d_a$, ені $b$, білік
тесігі $D$ және шеңбер бойындағы алты жеңілдету тесігі, бөлшек координаттар жүйесінде сызбадағыдай тұрсын. 4-тапсырмадағы
функцияны пайдалана аласыз. Жауаптың түрі: `curriculum.cad` пакетімен жасалған бөлшек, мысалы, `cylinder(20, 5)`
(бұл жауап емес). Тексеріс бөлшекті инспектор сияқты өлшейді: бір тұтас тұйық дене, өлшемдері (± 0,2 мм) мен орны
(± 0,5 мм), көлемі (± 2 %), өтпелі тесіктер саны, $z = 6$ мм қимадағы тесіктердің центрі мен диаметрі (± 0,1 мм),
ең жұқа қабырға, басып шығаруға жарамдылығы және сызбамен сәйкестігі; әр тексеріс ұпайдың бірдей үлесі.""",
               ru="""Постройте заготовку по чертежу в переменной `blank`: наружный диаметр $d_a$, ширина $b$, отверстие под
вал $D$ и шесть облегчающих отверстий по окружности; деталь должна стоять в системе координат, как на чертеже. Можно
пользоваться функцией из задания 4. Вид ответа: деталь, построенная с `curriculum.cad`, например `cylinder(20, 5)`
(это не ответ). Проверка измеряет деталь как контролёр: одно целое замкнутое тело, размеры (± 0,2 мм) и положение
(± 0,5 мм), объём (± 2 %), число сквозных отверстий, центры и диаметры отверстий в сечении $z = 6$ мм (± 0,1 мм),
самую тонкую стенку, пригодность к печати и совпадение с чертежом; каждая проверка — равная доля баллов.""",
               en="""Model the drawing's blank in `blank`: the outside diameter $d_a$, the width $b$, the bore $D$ and the six
lightening holes on their circle; the part must sit in the frame as the drawing says. You may use your function of
task 4. The form of the answer: a part made with `curriculum.cad`, such as `cylinder(20, 5)` (not the answer). The
check measures the part like an inspector: one closed solid, size (± 0.2 mm) and position (± 0.5 mm), volume
(± 2 %), the number of through-holes, the holes' centres and diameters in the cross-section $z = 6$ mm
(± 0.1 mm), the thinnest wall, whether it can be printed, and how well it matches the drawing; each check is an
equal share of the points."""),
        a.answer("blank", BLANK_SOLUTION, hint={
            "kk": "blank = ...  (curriculum.cad пакетімен жасалған бөлшек)",
            "ru": "blank = ...  (деталь, построенная с curriculum.cad)",
            "en": "blank = ...  (a part made with curriculum.cad)"}),
        a.tests("blank-test", 4, public="""advise(check_part(blank))""",
                hidden="""require(check_part(blank, lab.reference(), sections=lab.SECTIONS, walls=lab.WALLS), points=4)"""),
        a.text(kk="## Б бөлім. Жеңіл доңғалақ", ru="## Часть В. Лёгкое колесо", en="## Part C. The light wheel"),
        a.task(6, 2, "C",
               kk="""Ең көбі 55 г PLA доңғалақты жобалаңыз: бөлгіш диаметрі 80 мм, тістері кемінде 17, ені кемінде 10 мм,
құрсауы кемінде $2{,}5m$, тесіктер арасындағы көпір кемінде 3 мм. Зертханада жүгірткілерді таңдап, **Жобаны
тексеру** батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Спроектируйте колесо не тяжелее 55 г PLA: делительный диаметр 80 мм, не меньше 17 зубьев, ширина не
меньше 10 мм, обод не тоньше $2{,}5m$, перемычки между отверстиями не меньше 3 мм. Подберите ползунки в
лаборатории, нажмите **Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает
лаборатория.""",
               en="""Design a wheel of at most 55 g of PLA: pitch diameter 80 mm, at least 17 teeth, at least 10 mm wide, a
rim of at least $2.5m$, bridges of at least 3 mm between holes. Choose the sliders in the lab, press **Check the
design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""lab.make_lab("light")"""),
        a.answer("design", "design = {'module': 2.0, 'teeth': 40, 'width': 10, 'bore': 15, 'holes': 6, 'hole': 16}",
                 before="# design = {'module': ..., 'teeth': ..., 'width': ..., 'bore': ..., 'holes': ..., 'hole': ...}"),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {"module", "teeth", "width", "bore", "holes", "hole"} <= set(design), pick({"kk": "design = {'module': ..., ...} (зертхана көрсететін жол)", "ru": "design = {'module': ..., ...} (строка, которую показывает лаборатория)", "en": "design = {'module': ..., ...} (the line the lab shows)"})
advise(check_design(design, lab.DESIGN_SPEC, model=lab.design_result))""",
                hidden="""require(check_design(design, lab.DESIGN_SPEC, model=lab.design_result))"""),
        a.task(7, 3, "C", locked_id="tip-not-pitch-prompt",
               kk="""Дәулет сызбадағы доңғалақтың дайындамасын бөлгіш диаметрге, 80 мм-ге дейін жонды. Одан кесілген
тістер қандай болады және доңғалақ жұбымен дұрыс іліністе жұмыс істей ме? Неге дайындама тіс төбелерінің
диаметріне дейін жонылады? Сандармен екі-үш сөйлеммен түсіндіріңіз.""",
               ru="""Даулет проточил заготовку колеса по чертежу до делительного диаметра, 80 мм. Какими будут нарезанные из
неё зубья и будет ли колесо правильно зацепляться с парой? Почему заготовку протачивают до диаметра вершин зубьев?
Объясните в двух-трёх предложениях с числами.""",
               en="""Daulet turned the drawing's wheel blank to the pitch diameter, 80 mm. What will the teeth cut from it be
like, and will the wheel mesh properly with its pair? Why is a blank turned to the tip diameter? Explain in two or
three sentences, with numbers.""",
               rubric={
                   "kk": """* 1 ұпай: тістер $m = 2$ мм-ге қысқа: толық тіс биіктігі $(84 - 75)/2 = 4{,}5$ мм, ал 80 мм
  дайындамадан тек $(80 - 75)/2 = 2{,}5$ мм.
* 1 ұпай: тістердің бас жағы жоқ, жұптың тістері бір-біріне толық кірмейді, ілінісу нашар (тістер бөлгіш шеңберден
  сыртқа шықпайды).
* 1 ұпай: тістер бөлгіш шеңберден $m$-ге шығады, сондықтан дайындама $d_a = m(z + 2) = 84$ мм-ге дейін жонылады.""",
                   "ru": """* 1 балл: зубья на $m = 2$ мм короче: полная высота зуба $(84 - 75)/2 = 4{,}5$ мм, а из заготовки
  80 мм только $(80 - 75)/2 = 2{,}5$ мм.
* 1 балл: у зубьев нет головки, зубья пары не входят друг в друга полностью, зацепление плохое (зубья не выходят
  за делительную окружность).
* 1 балл: зубья выходят за делительную окружность на $m$, поэтому заготовку протачивают до $d_a = m(z + 2) = 84$ мм.""",
                   "en": """* 1 point: the teeth are $m = 2$ mm too short: a full tooth is $(84 - 75)/2 = 4.5$ mm tall, one cut
  from an 80 mm blank only $(80 - 75)/2 = 2.5$ mm.
* 1 point: the teeth have no tops beyond the pitch circle, the pair's teeth do not go fully into each other, the
  meshing is poor.
* 1 point: the teeth stick out $m$ beyond the pitch circle, so the blank is turned to $d_a = m(z + 2) = 84$ mm."""}),
        a.written("tip-not-pitch", 3, """**Model answer (en).** The teeth come out 2 mm (one module) too short: a full tooth runs from the
root circle, 75 mm, to the tip circle, 84 mm, so it is $(84 - 75)/2 = 4.5$ mm tall, but from an 80 mm blank only
$(80 - 75)/2 = 2.5$ mm. The teeth end at the pitch circle, so the pair's teeth do not go fully into each other and
the wheel meshes poorly. A tooth sticks out $m$ beyond the pitch circle, so the blank is turned to
$d_a = m(z + 2) = 84$ mm.

**Үлгі жауап (kk).** Тістер 2 мм-ге (бір модульге) қысқа шығады: толық тіс ойыстар шеңберінен, 75 мм, төбелер
шеңберіне, 84 мм, дейін жетеді, яғни биіктігі $(84 - 75)/2 = 4{,}5$ мм, ал 80 мм дайындамадан тек
$(80 - 75)/2 = 2{,}5$ мм. Тістер бөлгіш шеңберде бітеді, сондықтан жұптың тістері бір-біріне толық кірмейді, ілінісу
нашар. Тіс бөлгіш шеңберден $m$-ге шығады, сондықтан дайындама $d_a = m(z + 2) = 84$ мм-ге дейін жонылады.

**Образец ответа (ru).** Зубья получатся на 2 мм (один модуль) короче: полный зуб идёт от окружности впадин, 75 мм,
до окружности вершин, 84 мм, то есть его высота $(84 - 75)/2 = 4{,}5$ мм, а из заготовки 80 мм только
$(80 - 75)/2 = 2{,}5$ мм. Зубья кончаются на делительной окружности, поэтому зубья пары не входят друг в друга
полностью и зацепление плохое. Зуб выходит за делительную окружность на $m$, поэтому заготовку протачивают до
$d_a = m(z + 2) = 84$ мм."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "gear_blank.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
