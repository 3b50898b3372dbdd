"""Writes math-08-door-panel's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python math/math-08-door-panel/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_math_08_door_panel.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a measured point of the panels in ``curriculum.labs.door_panel`` or a given of the
paint shop, or comes from that model; the module's test pins each one to the model.
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
MODULE = "math-08-door-panel"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


def _msg(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


LESSON_SETUP = """from curriculum.i18n import pick
from curriculum.units import ureg
from curriculum.labs import door_panel"""


# -- lesson 1: a side's length and the panel's area -------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Есік панелі, 1-сабақ. Өлшенген нүктелер

Бояу цехында робот алдыңғы есіктің сыртқы панеліне мөлдір лак шашады. Технолог бір панельге қанша бояу кететінін
білгісі келеді, ал ол үшін панельдің ауданы керек. Сызбада панель алты нүктемен берілген: бақылаушы оларды
координаттық өлшеу машинасымен миллиметрмен өлшеді. Панель — **көпбұрыш** (polygon): оның төбелері — осы
нүктелер, қабырғалары — оларды ретімен қосатын кесінділер. Бүгін қабырғалардың ұзындығын және панельдің ауданын
табамыз. (Нүктелер ойдан алынған, бірақ шынайы.)""",
            ru="""# Панель двери, урок 1. Измеренные точки

В окрасочном цехе робот наносит прозрачный лак на наружную панель передней двери. Технолог хочет знать, сколько
краски уходит на одну панель, а для этого нужна площадь панели. На чертеже панель задана шестью точками:
контролёр измерил их на координатно-измерительной машине в миллиметрах. Панель — **многоугольник** (polygon): его
вершины — эти точки, стороны — отрезки, соединяющие их по порядку. Сегодня мы найдём длины сторон и площадь
панели. (Точки вымышленные, но правдоподобные.)""",
            en="""# Door panel, lesson 1. Measured points

In the paint shop a robot sprays clearcoat on the outer panel of a front door. The process engineer wants to know
how much paint one panel takes, and for that she needs the panel's area. The drawing gives the panel as six points:
the inspector measured them on a coordinate measuring machine, in millimetres. The panel is a **polygon**: its
vertices are these points, its sides the segments that join them in order. Today we find the sides' lengths and
the panel's area. (The points are fictional but plausible.)"""),
        a.text(
            kk="""## 1. Нүктелер және қабырғаның ұзындығы

Басы панельді қамтитын тіктөртбұрыштың төменгі алдыңғы бұрышында болатын координаттар жүйесін алайық (панельдің
өзінде бұл бұрыш қиылған): $x$ осі — артқа қарай, $y$ осі — жоғары, бірлігі — миллиметр. Бақылаушы өлшеген нүктелер: $A(100;\\ 0)$, $B(1000;\\ 0)$, $C(1080;\\ 150)$,
$D(1080;\\ 590)$, $E(120;\\ 590)$, $F(0;\\ 240)$.

$AB$ қабырғасы көлденең: оның ұзындығы $1000 - 100 = 900$ мм. Ал $EF$ қабырғасы қиғаш. $E$ мен $F$ арқылы
осьтерге параллель түзулер жүргізсек, тік бұрышты үшбұрыш шығады: катеттері $|x_2 - x_1|$ мен $|y_2 - y_1|$,
гипотенузасы — ізделген қабырға. **Пифагор теоремасы** бойынша гипотенузаның квадраты катеттердің квадраттарының
қосындысына тең, сондықтан екі нүктенің арақашықтығы:""",
            ru="""## 1. Точки и длина стороны

Возьмём систему координат с началом в нижнем переднем углу прямоугольника, охватывающего панель (у самой панели
этот угол срезан): ось $x$ — назад, ось $y$ — вверх, единица — миллиметр. Точки, которые измерил контролёр: $A(100;\\ 0)$, $B(1000;\\ 0)$, $C(1080;\\ 150)$, $D(1080;\\ 590)$,
$E(120;\\ 590)$, $F(0;\\ 240)$.

Сторона $AB$ горизонтальна: её длина $1000 - 100 = 900$ мм. А сторона $EF$ наклонная. Если провести через $E$ и
$F$ прямые, параллельные осям, получится прямоугольный треугольник: его катеты $|x_2 - x_1|$ и $|y_2 - y_1|$, а
гипотенуза — искомая сторона. По **теореме Пифагора** квадрат гипотенузы равен сумме квадратов катетов, поэтому
расстояние между двумя точками:""",
            en="""## 1. Points and the length of a side

Take a frame whose origin is at the lower front corner of the rectangle around the panel (the panel's own corner
there is cut off): the $x$ axis points to the rear, the $y$ axis up, the unit is the millimetre. The points the inspector measured are $A(100,\\ 0)$, $B(1000,\\ 0)$, $C(1080,\\ 150)$,
$D(1080,\\ 590)$, $E(120,\\ 590)$, $F(0,\\ 240)$.

The side $AB$ is horizontal: its length is $1000 - 100 = 900$ mm. The side $EF$ slants. Draw lines through $E$ and
$F$ parallel to the axes, and a right triangle appears: its legs are $|x_2 - x_1|$ and $|y_2 - y_1|$, its
hypotenuse the side we want. By the **Pythagorean theorem** the square of the hypotenuse is the sum of the squares
of the legs, so the distance between two points is"""),
        a.formula(r"$$d=\sqrt{(x_2-x_1)^2+(y_2-y_1)^2}$$"),
        a.example(
            kk="""### 1-мысал

$E(120;\\ 590)$ мен $F(0;\\ 240)$ үшін катеттер $120$ мм және $350$ мм. Алдымен бағалаңыз: қиғаш қабырға ұзын
катеттен ұзын, бірақ екі катеттің қосындысынан қысқа, яғни 350 мм мен 470 мм аралығында. Есептейміз:
$EF = \\sqrt{120^2 + 350^2} = \\sqrt{14400 + 122500} = \\sqrt{136900} = 370$ мм.

Дәл осылай $BC = \\sqrt{80^2 + 150^2} = 170$ мм және $FA = \\sqrt{100^2 + 240^2} = 260$ мм. Барлық алты қабырға:
900, 170, 440, 960, 370 және 260 мм. Олардың қосындысы — **периметр**: $3100$ мм $= 3{,}1$ м. Панельдің жиегін
бүгіп, қысып бекітетін робот дәл осы ұзындықты жүріп өтеді.""",
            ru="""### Пример 1

Для $E(120;\\ 590)$ и $F(0;\\ 240)$ катеты равны $120$ мм и $350$ мм. Сначала оцените: наклонная сторона длиннее
большего катета, но короче суммы катетов, то есть она между 350 мм и 470 мм. Вычисляем:
$EF = \\sqrt{120^2 + 350^2} = \\sqrt{14400 + 122500} = \\sqrt{136900} = 370$ мм.

Точно так же $BC = \\sqrt{80^2 + 150^2} = 170$ мм и $FA = \\sqrt{100^2 + 240^2} = 260$ мм. Все шесть сторон: 900,
170, 440, 960, 370 и 260 мм. Их сумма — **периметр**: $3100$ мм $= 3{,}1$ м. Именно этот путь проходит робот,
который загибает и завальцовывает кромку панели.""",
            en="""### Example 1

For $E(120,\\ 590)$ and $F(0,\\ 240)$ the legs are $120$ mm and $350$ mm. Estimate first: the slanted side is longer
than the longer leg but shorter than the two legs together, so it lies between 350 mm and 470 mm. We compute
$EF = \\sqrt{120^2 + 350^2} = \\sqrt{14400 + 122500} = \\sqrt{136900} = 370$ mm.

In the same way $BC = \\sqrt{80^2 + 150^2} = 170$ mm and $FA = \\sqrt{100^2 + 240^2} = 260$ mm. All six sides are
900, 170, 440, 960, 370 and 260 mm. Their sum is the **perimeter**: $3100$ mm $= 3.1$ m. The robot that folds and
hems the panel's edge travels exactly this length."""),
        a.code("""A, B, C, D, E, F = door_panel.FRONT_DOOR
print("EF =", door_panel.distance(E, F))
print(door_panel.side_lengths(door_panel.FRONT_DOOR))
print("P =", door_panel.perimeter(door_panel.FRONT_DOOR))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Айгерім былай дейді: «$E$-ден $F$-ке дейін $x$ бойынша 120 мм, $y$ бойынша 350 мм, демек $EF = 120 + 350 = 470$
мм». Келісесіз бе? Бұл — $E$-ден алдымен төмен, сосын алға жүретін сынық жолдың ұзындығы. Төмендегі ұяшық екі
санды салыстырады: түзу жол неге қысқа?""",
            ru="""### Верно ли?

Айгерим говорит: «От $E$ до $F$ по $x$ 120 мм, по $y$ 350 мм, значит $EF = 120 + 350 = 470$ мм». Согласны? Это
длина ломаной, которая идёт от $E$ сначала вниз, а потом вперёд. Ячейка ниже сравнивает два числа: почему прямой
путь короче?""",
            en="""### Is it true?

Aigerim says: "From $E$ to $F$ it is 120 mm in $x$ and 350 mm in $y$, so $EF = 120 + 350 = 470$ mm." Do you
agree? That is the length of a broken path that goes from $E$ first down and then forward. The cell below compares
the two numbers: why is the straight path shorter?"""),
        a.code("""print(120 + 350, door_panel.distance(E, F))""", role="misconception"),
        a.text(
            kk="""## 2. Панельдің ауданы: тіктөртбұрыштан бұрыштарды қиып аламыз

Панель тіктөртбұрышқа ұқсайды, бірақ үш бұрышы қиылған. Оны қамтитын тіктөртбұрыштың ені $1080$ мм, биіктігі
$590$ мм. Тіктөртбұрыштан үш тік бұрышты үшбұрышты алып тастаймыз: $A$ мен $F$ жанындағы, $B$ мен $C$ жанындағы,
$E$ мен $F$ жанындағы бұрыштар. Тік бұрышты үшбұрыштың ауданы — катеттері көбейтіндісінің жартысы.
$1$ м $= 1000$ мм болғандықтан, $1$ м² $= 1\\,000\\,000$ мм².""",
            ru="""## 2. Площадь панели: вырезаем углы из прямоугольника

Панель похожа на прямоугольник, у которого срезаны три угла. Охватывающий её прямоугольник имеет ширину $1080$ мм
и высоту $590$ мм. Вычтем из прямоугольника три прямоугольных треугольника: углы у $A$ и $F$, у $B$ и $C$, у $E$ и
$F$. Площадь прямоугольного треугольника — половина произведения катетов. Так как $1$ м $= 1000$ мм,
$1$ м² $= 1\\,000\\,000$ мм².""",
            en="""## 2. The panel's area: cutting the corners off a rectangle

The panel looks like a rectangle with three corners cut off. The rectangle around it is $1080$ mm wide and $590$ mm
high. Take three right triangles away from the rectangle: the corners at $A$ and $F$, at $B$ and $C$, at $E$ and $F$.
The area of a right triangle is half the product of its legs. Since $1$ m $= 1000$ mm,
$1$ m² $= 1\\,000\\,000$ mm²."""),
        a.example(
            kk="""### 2-мысал

Алдымен бағалаңыз: панель шамамен $1{,}1$ м-ге $0{,}6$ м, яғни $0{,}66$ м²-ден сәл аз (бұрыштары қиылған).
Есептейміз: тіктөртбұрыш $1080 \\cdot 590 = 637200$ мм²; бұрыштар $\\frac{100 \\cdot 240}{2} = 12000$ мм²,
$\\frac{80 \\cdot 150}{2} = 6000$ мм², $\\frac{120 \\cdot 350}{2} = 21000$ мм². Панельдің **ауданы**
$S = 637200 - 12000 - 6000 - 21000 = 598200$ мм² $= 0{,}5982$ м²: бағалауымыздан сәл аз, күткеніміздей.""",
            ru="""### Пример 2

Сначала оцените: панель примерно $1{,}1$ м на $0{,}6$ м, то есть немного меньше $0{,}66$ м² (углы срезаны).
Вычисляем: прямоугольник $1080 \\cdot 590 = 637200$ мм²; углы $\\frac{100 \\cdot 240}{2} = 12000$ мм²,
$\\frac{80 \\cdot 150}{2} = 6000$ мм², $\\frac{120 \\cdot 350}{2} = 21000$ мм². **Площадь** панели
$S = 637200 - 12000 - 6000 - 21000 = 598200$ мм² $= 0{,}5982$ м²: немного меньше оценки, как мы и ждали.""",
            en="""### Example 2

Estimate first: the panel is about $1.1$ m by $0.6$ m, so a little less than $0.66$ m² (its corners are cut off).
We compute: the rectangle $1080 \\cdot 590 = 637200$ mm²; the corners $\\frac{100 \\cdot 240}{2} = 12000$ mm²,
$\\frac{80 \\cdot 150}{2} = 6000$ mm², $\\frac{120 \\cdot 350}{2} = 21000$ mm². The panel's **area** is
$S = 637200 - 12000 - 6000 - 21000 = 598200$ mm² $= 0.5982$ m²: a little less than the estimate, as expected."""),
        a.code("""S = 1080 * 590 - 100 * 240 / 2 - 80 * 150 / 2 - 120 * 350 / 2
print(S, "=", S / 1_000_000)
print(door_panel.polygon_area(door_panel.FRONT_DOOR))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертханада дәл осы панель тұр. $D$ төбесін 100 мм жоғары сүйресек, панель қанша ауданға үлкейеді? Кеңес: жаңа
бөлік — табаны $DD'$ кесіндісі (100 мм), ал биіктігі $D$ мен $E$ арасындағы көлденең қашықтық (960 мм) болатын
үшбұрыш. Болжамыңызды мм² және м² бірлігімен дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

В лаборатории та же панель. Если перетащить вершину $D$ на 100 мм вверх, на сколько увеличится площадь панели?
Подсказка: новая часть — треугольник с основанием $DD'$ (100 мм) и высотой, равной расстоянию по горизонтали между
$D$ и $E$ (960 мм). Запишите предсказание в тетрадь в мм² и в м².""",
            en="""### Predict first

The lab holds the same panel. If you drag the vertex $D$ 100 mm up, by how much does the panel's area grow? A hint:
the new part is a triangle with base $DD'$ (100 mm) and a height equal to the horizontal distance between $D$ and $E$
(960 mm). Write your prediction down in mm² and in m²."""),
        a.lab("""lab = door_panel.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. $D$ төбесін тінтуірмен 100 мм жоғары сүйреңіз (немесе $D$ төбесін Tab пернесімен таңдап, жоғары көрсеткіні 10
   рет басыңыз). Аудан қаншаға өсті? Болжамыңыз расталды ма? Қай қабырғалардың ұзындығы өзгерді?
2. $F$ төбесін жылжытыңыз. $EF$ мен $FA$ қабырғаларының ұзындығын Пифагор теоремасымен тексеріңіз.
3. Суреттегі көк трапециялар жоғарғы қабырғалардың астындағы ауданды, қызылдары төменгі қабырғалардың астындағы
   ауданды көрсетеді. Панельдің ауданы олармен қалай байланысты? Бұған келесі сабақта ораламыз.
4. Бояу қабатының қалыңдығын екі есе арттырыңыз. Панельдегі бояу қалай өзгерді?""",
            ru="""### Исследуйте

1. Перетащите мышью вершину $D$ на 100 мм вверх (или выберите вершину $D$ клавишей Tab и нажмите стрелку вверх 10
   раз). На сколько выросла площадь? Подтвердилось ли предсказание? Длины каких сторон изменились?
2. Подвигайте вершину $F$. Проверьте длины сторон $EF$ и $FA$ по теореме Пифагора.
3. Синие трапеции на рисунке показывают площадь под верхними сторонами, красные — под нижними. Как с ними связана
   площадь панели? К этому мы вернёмся на следующем уроке.
4. Увеличьте толщину слоя краски вдвое. Как изменилась краска на панели?""",
            en="""### Explore

1. Drag the vertex $D$ 100 mm up with the mouse (or pick the vertex $D$ with the Tab key and press the up arrow 10
   times). By how much did the area grow? Was your prediction right? Which sides changed their length?
2. Move the vertex $F$ about. Check the lengths of the sides $EF$ and $FA$ with the Pythagorean theorem.
3. The blue trapezoids of the picture show the area under the upper sides, the red ones the area under the lower
   sides. How is the panel's area related to them? We come back to it in the next lesson.
4. Double the film thickness. How did the paint on the panel change?"""),
        a.summary(
            kk="""## Қорытынды

* Есіктің панелі — өлшенген нүктелері бар **көпбұрыш**: нүктелер — оның төбелері, ретімен қосатын кесінділер —
  қабырғалары.
* **Пифагор теоремасы** координаттардағы екі нүктенің арақашықтығын береді:
  $d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$. Катеттерді қоспаймыз: түзу жол сынық жолдан қысқа.
* Қабырғалардың қосындысы — **периметр**, панель жиегінің ұзындығы.
* Көпбұрыштың **ауданын** тіктөртбұрыштан қиылған бұрыштарды алып тастап табуға болады; $1$ м² $= 1\\,000\\,000$ мм².""",
            ru="""## Итоги

* Панель двери — **многоугольник** с измеренными точками: точки — его вершины, соединяющие их по порядку отрезки —
  стороны.
* **Теорема Пифагора** даёт расстояние между двумя точками в координатах:
  $d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$. Катеты не складываем: прямой путь короче ломаной.
* Сумма сторон — **периметр**, длина кромки панели.
* **Площадь** многоугольника можно найти, вычитая из прямоугольника срезанные углы; $1$ м² $= 1\\,000\\,000$ мм².""",
            en="""## Summary

* A door panel is a **polygon** with measured points: the points are its vertices, the segments joining them in
  order its sides.
* The **Pythagorean theorem** gives the distance between two points from their coordinates:
  $d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$. We do not add the legs: a straight path is shorter than a broken one.
* The sum of the sides is the **perimeter**, the length of the panel's edge.
* The **area** of a polygon can be found by taking the cut-off corners away from a rectangle;
  $1$ m² $= 1\\,000\\,000$ mm²."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Қиғаш қабырғаның ұзындығы катеттердің қосындысынан кіші, себебі ...».
2. Бағалау есептеудегі қатені табуға қалай көмектесер еді?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Наклонная сторона короче суммы катетов, потому что ...».
2. Как оценка помогла бы найти ошибку в вычислении?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "A slanted side is shorter than its two legs together, because ..."
2. How would the estimate help you find a mistake in the calculation?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the shoelace formula and the paint ------------------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Есік панелі, 2-сабақ. Гаусс формуласы және бояу

Өлшеу машинасы нүктелерді тізім ретінде береді, ал компьютер панельдің суретіне қарап, қай бұрышты қию керегін
білмейді. Бізге тек төбелердің координаттарын пайдаланатын формула керек. Сосын ауданнан бір панельге кететін
бояуды есептейміз, ал зертханада шағын модельдің есігіне жаңа панель жобалаймыз.""",
            ru="""# Панель двери, урок 2. Формула Гаусса и краска

Измерительная машина выдаёт точки списком, а компьютер не видит рисунка панели и не знает, какие углы срезать.
Нужна формула, которая использует только координаты вершин. Потом по площади вычислим краску на одну панель, а в
лаборатории спроектируем новую панель для двери компактной модели.""",
            en="""# Door panel, lesson 2. The shoelace formula and the paint

The measuring machine gives the points as a list, and a computer cannot look at a picture of the panel to see which
corners to cut off. We need a formula that uses only the vertices' coordinates. Then we work out from the area the
paint one panel takes, and in the lab we design a new panel for the compact model's door."""),
        a.text(
            kk="""## 3. Трапециялардан Гаусс формуласына

Төбелерді сағат тіліне қарсы ретімен аралайық. Әр қабырғаның астында оның ұштары мен $x$ осінің арасында
трапеция бар (1-сабақтың зертханасындағы көк және қызыл фигуралар). Жоғарғы қабырғалар ($x$ кемитін жерде)
астындағы трапецияның ауданын қосады, төменгілері ($x$ өсетін жерде) алып тастайды: панельдің ауданы қалады.
$i$-ші қабырғаның трапециясы $\\frac{(x_i - x_{i+1})(y_i + y_{i+1})}{2}$. Жақшаларды ашсақ, $x_i y_i$ сияқты
мүшелер көршілес трапецияларда қарама-қарсы таңбамен келіп, жойылады. Көпбұрыштың ауданы үшін **Гаусс
формуласы** (shoelace formula) қалады; соңғы нүкте біріншімен қосылады:""",
            ru="""## 3. От трапеций к формуле Гаусса

Обойдём вершины против часовой стрелки. Под каждой стороной между её концами и осью $x$ лежит трапеция (синие и
красные фигуры в лаборатории урока 1). Верхние стороны (где $x$ убывает) прибавляют площадь трапеции под собой,
нижние (где $x$ растёт) вычитают: остаётся площадь панели. Трапеция $i$-й стороны равна
$\\frac{(x_i - x_{i+1})(y_i + y_{i+1})}{2}$. Если раскрыть скобки, члены вида $x_i y_i$ приходят от соседних
трапеций с противоположными знаками и сокращаются. Остаётся **формула Гаусса** (shoelace formula) для площади
многоугольника; последняя точка соединяется с первой:""",
            en="""## 3. From trapezoids to the shoelace formula

Go round the vertices anticlockwise. Under each side lies a trapezoid between its ends and the $x$ axis (the blue
and red shapes in the lab of lesson 1). The upper sides (where $x$ decreases) add the trapezoid under them, the
lower sides (where $x$ increases) take theirs away: the panel's area is left. The trapezoid of side $i$ is
$\\frac{(x_i - x_{i+1})(y_i + y_{i+1})}{2}$. Multiply out the brackets and the terms like $x_i y_i$ come from
neighbouring trapezoids with opposite signs and cancel. What is left is the **shoelace formula** for the area of a
polygon; the last point is joined to the first:"""),
        a.formula(r"$$S=\frac{1}{2}\left|\sum_{i=1}^{n}\left(x_i\,y_{i+1}-x_{i+1}\,y_i\right)\right|,\qquad (x_{n+1},\,y_{n+1})=(x_1,\,y_1)$$"),
        a.example(
            kk="""### 3-мысал

Есіктің күшейткіш пластинасы — $P(0;\\ 0)$, $Q(400;\\ 0)$, $R(300;\\ 200)$, $S(0;\\ 200)$ нүктелері бар трапеция
(мм). Әр қабырғаға бір мүше: $PQ$: $0 \\cdot 0 - 400 \\cdot 0 = 0$; $QR$: $400 \\cdot 200 - 300 \\cdot 0 = 80000$;
$RS$: $300 \\cdot 200 - 0 \\cdot 200 = 60000$; $SP$: $0 \\cdot 0 - 0 \\cdot 200 = 0$. Аудан
$\\frac{1}{2}\\,|140000| = 70000$ мм². Трапецияның формуласымен тексеру: $\\frac{400 + 300}{2} \\cdot 200 = 70000$
мм². Қиғаш қабырға $QR = \\sqrt{100^2 + 200^2} \\approx 223{,}6$ мм. Алдыңғы есіктің панелі үшін формула 1-сабақтағы
$598200$ мм²-ді береді: келесі ұяшықты іске қосыңыз.""",
            ru="""### Пример 3

Усилительная пластина двери — трапеция с точками $P(0;\\ 0)$, $Q(400;\\ 0)$, $R(300;\\ 200)$, $S(0;\\ 200)$ (мм).
По одному члену на сторону: $PQ$: $0 \\cdot 0 - 400 \\cdot 0 = 0$; $QR$: $400 \\cdot 200 - 300 \\cdot 0 = 80000$;
$RS$: $300 \\cdot 200 - 0 \\cdot 200 = 60000$; $SP$: $0 \\cdot 0 - 0 \\cdot 200 = 0$. Площадь
$\\frac{1}{2}\\,|140000| = 70000$ мм². Проверка по формуле трапеции: $\\frac{400 + 300}{2} \\cdot 200 = 70000$ мм².
Наклонная сторона $QR = \\sqrt{100^2 + 200^2} \\approx 223{,}6$ мм. Для панели передней двери формула даёт те же
$598200$ мм², что и на уроке 1: запустите следующую ячейку.""",
            en="""### Example 3

The door's reinforcement plate is a trapezoid with the points $P(0,\\ 0)$, $Q(400,\\ 0)$, $R(300,\\ 200)$,
$S(0,\\ 200)$ (mm). One term per side: $PQ$: $0 \\cdot 0 - 400 \\cdot 0 = 0$; $QR$: $400 \\cdot 200 - 300 \\cdot 0 =
80000$; $RS$: $300 \\cdot 200 - 0 \\cdot 200 = 60000$; $SP$: $0 \\cdot 0 - 0 \\cdot 200 = 0$. The area is
$\\frac{1}{2}\\,|140000| = 70000$ mm². A check with the trapezoid's formula: $\\frac{400 + 300}{2} \\cdot 200 = 70000$
mm². The slanted side is $QR = \\sqrt{100^2 + 200^2} \\approx 223.6$ mm. For the front door's panel the formula gives
the same $598200$ mm² as lesson 1: run the next cell."""),
        a.code("""print(door_panel.shoelace_terms(door_panel.PLATE), door_panel.polygon_area(door_panel.PLATE))
points = door_panel.FRONT_DOOR
n = len(points)
total = 0
for i in range(n):
    x1, y1 = points[i]
    x2, y2 = points[(i + 1) % n]
    total = total + x1 * y2 - x2 * y1
print(total / 2, door_panel.polygon_area(points))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Дана нүктелерді $A, B, D, C, E, F$ ретімен енгізді: «Нүктелер сол баяғы, демек аудан да сол». Келісесіз бе?
Ал Бекзат нүктелерді кері ретімен, $F, E, D, C, B, A$ деп енгізді, ал модуль белгісін қоймады. Төмендегі ұяшық
екеуін есептейді. Дананың ретінде қай қабырғалар қиылысады? Бекзаттың санының таңбасы неге басқа?""",
            ru="""### Верно ли?

Дана набрала точки в порядке $A, B, D, C, E, F$: «Точки те же, значит и площадь та же». Согласны? А Бекзат ввёл
точки в обратном порядке, $F, E, D, C, B, A$, и не поставил модуль. Ячейка ниже считает оба варианта. Какие стороны
пересекаются в порядке Даны? Почему у числа Бекзата другой знак?""",
            en="""### Is it true?

Dana typed the points in the order $A, B, D, C, E, F$: "The points are the same, so the area is the same." Do you
agree? Bekzat entered the points backwards, $F, E, D, C, B, A$, and left out the absolute value. The cell below
computes both. Which sides cross in Dana's order? Why does Bekzat's number have another sign?"""),
        a.code("""A, B, C, D, E, F = door_panel.FRONT_DOOR
print(door_panel.polygon_area([A, B, D, C, E, F]), door_panel.crossings([A, B, D, C, E, F]))
print(door_panel.signed_area([F, E, D, C, B, A]))""", role="misconception"),
        a.text(
            kk="""## 4. Ауданнан бояуға

Робот панельге қалыңдығы $t$ болатын сұйық бояу қабатын жағады. Бояу көлемі ауданды қалыңдыққа көбейткенге тең. Өлшем
бірліктеріне назар аударыңыз: **бояу қабатының қалыңдығы** (film thickness) микрометрмен өлшенеді,
$1$ мкм $= 0{,}001$ мм, сондықтан $1$ м² $\\cdot$ $1$ мкм $= 1$ см³ $= 1$ мл. Бірақ робот шашқан бояудың бәрі панельге
жетпейді: бір бөлігі ауаға шашырап кетеді. Панельге жеткен үлес — **тасымалдау коэффициенті** (transfer efficiency)
$\\eta$. Панельдегі бояу $V = S \\cdot t$, ал робот шашатын бояу $V_{ш} = \\frac{S \\cdot t}{\\eta}$: ол панельдегіден
әрдайым көп.""",
            ru="""## 4. От площади к краске

Робот наносит на панель слой жидкой краски толщиной $t$. Объём краски — площадь, умноженная на толщину. Обратите
внимание на единицы: **толщина слоя краски** (film thickness) измеряется в микрометрах, $1$ мкм $= 0{,}001$ мм,
поэтому $1$ м² $\\cdot$ $1$ мкм $= 1$ см³ $= 1$ мл. Но не вся распылённая роботом краска попадает на панель: часть
уходит в перераспыл. Доля, попавшая на панель, — **коэффициент переноса** (transfer efficiency) $\\eta$. Краски на
панели $V = S \\cdot t$, а робот распыляет $V_{р} = \\frac{S \\cdot t}{\\eta}$: это всегда больше, чем на панели.""",
            en="""## 4. From the area to the paint

The robot lays a film of wet paint $t$ thick on the panel. The volume of paint is the area times the thickness. Mind
the units: the **film thickness** is measured in micrometres, $1$ µm $= 0.001$ mm, so $1$ m² $\\cdot$ $1$ µm $= 1$ cm³
$= 1$ mL. But not all the paint the robot sprays reaches the panel: some of it goes off as overspray. The share that
lands on the panel is the **transfer efficiency** $\\eta$. The paint on the panel is $V = S \\cdot t$, and the robot
sprays $V_{s} = \\frac{S \\cdot t}{\\eta}$: always more than the paint on the panel."""),
        a.example(
            kk="""### 4-мысал

Алдыңғы есіктің панеліне $80$ мкм сұйық лак жағылады, тасымалдау коэффициенті $70$ %. Алдымен бағалаңыз:
$0{,}6$ м² $\\cdot$ $80$ мкм $\\approx 48$ мл. Дәлірек: $V = 0{,}5982 \\cdot 80 = 47{,}856 \\approx 47{,}9$ мл панельде,
ал робот $V_{ш} = 47{,}856 / 0{,}7 \\approx 68{,}4$ мл шашады. $1000$ панельге — шамамен $68{,}4$ л.

Бекзат былай деп есептеді: $47{,}856 \\cdot 0{,}7 \\approx 33{,}5$ мл. Бұл панельдегі бояудан аз: робот панельге
жеткеннен аз бояу шаша алмайды, сондықтан $\\eta$-ге көбейтпей, бөлеміз.""",
            ru="""### Пример 4

На панель передней двери наносится $80$ мкм жидкого лака, коэффициент переноса $70$ %. Сначала оцените:
$0{,}6$ м² $\\cdot$ $80$ мкм $\\approx 48$ мл. Точнее: $V = 0{,}5982 \\cdot 80 = 47{,}856 \\approx 47{,}9$ мл на
панели, а робот распыляет $V_{р} = 47{,}856 / 0{,}7 \\approx 68{,}4$ мл. На $1000$ панелей — около $68{,}4$ л.

Бекзат посчитал так: $47{,}856 \\cdot 0{,}7 \\approx 33{,}5$ мл. Это меньше, чем краски на панели: робот не может
распылить меньше, чем попало на панель, поэтому на $\\eta$ не умножаем, а делим.""",
            en="""### Example 4

The front door's panel gets $80$ µm of wet clearcoat, and the transfer efficiency is $70$ %. Estimate first:
$0.6$ m² $\\cdot$ $80$ µm $\\approx 48$ mL. More exactly, $V = 0.5982 \\cdot 80 = 47.856 \\approx 47.9$ mL on the panel,
and the robot sprays $V_{s} = 47.856 / 0.7 \\approx 68.4$ mL. For $1000$ panels that is about $68.4$ L.

Bekzat computed $47.856 \\cdot 0.7 \\approx 33.5$ mL. That is less than the paint on the panel: the robot cannot spray
less than what lands on the panel, so we divide by $\\eta$ instead of multiplying."""),
        a.code("""S = door_panel.polygon_area(door_panel.FRONT_DOOR) * ureg.mm**2
V = (S * 80 * ureg.micrometer).to(ureg.mL)
print(V, (V / 0.7).to(ureg.mL), (1000 * V / 0.7).to(ureg.L))""", role="example"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Шағын модельдің алдыңғы есігіне панель керек (талаптар ойдан алынған, бірақ шынайы). Дизайн студиясы: панель
кемінде $0{,}62$ м². Бояу цехы: қабат $80$ мкм, тасымалдау $70$ %, бір панельге $75$ мл-ден артық шашылмасын.
Шанақ цехының жиек бүгетін роботы бір панельге $3{,}3$ м-ден артық жиекті үлгермейді. Қабырғалар қиылыспасын, ал
нүктелер жақтаудан шықпасын. Зертхана 1-сабақтың панелінен басталады ($0{,}5982$ м²). Төбелерді жылжытпас бұрын бағалаңыз:
аудан қаншаға өсуі керек? 1-сабақтағыдай $D$ төбесін жоғары жылжытсақ, әр миллиметр $480$ мм² қосады: $D$-ны
шамамен қанша миллиметрге көтеру керек?""",
            ru="""### Сначала оцените

Для передней двери компактной модели нужна панель (требования вымышленные, но правдоподобные). Дизайн-студия:
панель не меньше $0{,}62$ м². Окрасочный цех: слой $80$ мкм, перенос $70$ %, на одну панель распыляется не больше
$75$ мл. Робот кузовного цеха, завальцовывающий кромку, успевает не больше $3{,}3$ м кромки на панель. Стороны не
должны пересекаться, а точки — выходить за рамку. Лаборатория начинается с панели урока 1 ($0{,}5982$ м²). Прежде
чем двигать вершины, оцените: на сколько должна вырасти площадь? Если поднимать вершину $D$, как на уроке 1, каждый
миллиметр добавляет $480$ мм²: примерно на сколько миллиметров поднять $D$?""",
            en="""### Estimate first

The compact model's front door needs a panel (the requirements are fictional but plausible). The styling studio: the
panel covers at least $0.62$ m². The paint shop: a film of $80$ µm, a transfer of $70$ %, at most $75$ mL sprayed per
panel. The body shop's hemming robot manages at most $3.3$ m of edge per panel. No sides may cross, and no point may
leave the frame. The lab starts from the panel of lesson 1 ($0.5982$ m²). Before you move a vertex, estimate: by
how much must the area grow? Raising the vertex $D$ as in lesson 1, each millimetre adds $480$ mm²: by about how many
millimetres should $D$ go up?"""),
        a.design_lab("""design_lab = door_panel.make_lab("compact-door")
design_lab"""),
        a.text(
            kk="""Төбелерді барлық талап орындалатындай орналастырып, **Жобаны тексеру** батырмасын басыңыз. Бағалауыңыз
расталды ма? Талаптарды орындайтын басқа пішін табыңыз. Жақтауды толтыратын $1200 \\times 700$ мм тіктөртбұрыш неге
жарамайды? Ұзын әрі жіңішке панельдің ауданы жеткілікті болса да, оған не кедергі?""",
            ru="""Расположите вершины так, чтобы выполнялись все требования, и нажмите **Проверить проект**. Подтвердилась ли
ваша оценка? Найдите другую форму, которая выполняет требования. Почему не подходит прямоугольник $1200 \\times 700$
мм во всю рамку? Что мешает длинной узкой панели, даже если её площади хватает?""",
            en="""Place the vertices so that every requirement holds and press **Check the design**. Was your estimate right?
Find another shape that meets the requirements. Why does a $1200 \\times 700$ mm rectangle filling the frame not
work? What stands in the way of a long, narrow panel even when its area is enough?"""),
        a.summary(
            kk="""## Қорытынды

* **Гаусс формуласы** көпбұрыштың ауданын тек төбелерінің координаттарынан береді:
  $S = \\frac{1}{2}\\left|\\sum (x_i y_{i+1} - x_{i+1} y_i)\\right|$; нүктелер көпбұрышты ретімен айналып шығуы керек.
* Сағат тілімен айналсақ, қосынды теріс болады: модуль сол үшін керек. Қабырғалары қиылысатын ретпен формула
  панельдің ауданын бермейді.
* Панельдегі бояу ауданды **бояу қабатының қалыңдығына** көбейткенге тең: $1$ м² $\\cdot$ $1$ мкм $= 1$ мл.
* Робот шашатын бояу панельдегі бояуды **тасымалдау коэффициентіне** бөлгенге тең: ол әрдайым көп.""",
            ru="""## Итоги

* **Формула Гаусса** даёт площадь многоугольника только по координатам вершин:
  $S = \\frac{1}{2}\\left|\\sum (x_i y_{i+1} - x_{i+1} y_i)\\right|$; точки должны обходить многоугольник по порядку.
* При обходе по часовой стрелке сумма отрицательна: для этого нужен модуль. При порядке, в котором стороны
  пересекаются, формула не даёт площади панели.
* Краска на панели — площадь, умноженная на толщину слоя краски: $1$ м² $\\cdot$ $1$ мкм $= 1$ мл
  (**толщина слоя краски** измеряется в микрометрах).
* Робот распыляет краску на панели, делённую на **коэффициент переноса**: это всегда больше.""",
            en="""## Summary

* The **shoelace formula** gives a polygon's area from its vertices' coordinates alone:
  $S = \\frac{1}{2}\\left|\\sum (x_i y_{i+1} - x_{i+1} y_i)\\right|$; the points must go round the polygon in order.
* Going round clockwise makes the sum negative: that is what the absolute value is for. In an order whose sides
  cross, the formula does not give the panel's area.
* The paint on the panel is the area times the **film thickness**: $1$ m² $\\cdot$ $1$ µm $= 1$ mL.
* The robot sprays the paint on the panel divided by the **transfer efficiency**: always more."""),
        a.reflection(
            kk="""## Рефлексия

1. Аудан мен периметр қалай байланысты: ауданы үлкен панельдің периметрі әрдайым үлкен бе?
2. Гаусс формуласын басқа қай жерде қолдануға болар еді (жер телімі, бөлменің едені, ...)?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Как связаны площадь и периметр: всегда ли у панели с большей площадью больше периметр?
2. Где ещё можно применить формулу Гаусса (земельный участок, пол комнаты, ...)?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. How are the area and the perimeter related: does a panel with a larger area always have a longer perimeter?
2. Where else could the shoelace formula be used (a plot of land, the floor of a room, ...)?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import door_panel

# [kk] E төбесінің x координатасының әрпі (3-тапсырма); оған сан бермеңіз
# [ru] буква координаты x вершины E (задача 3); не присваивайте ей число
# [en] the letter of the vertex E's x coordinate (task 3); do not give it a number
x = sp.Symbol("x", real=True)"""

REAR = "[(0, 0), (700, 0), (900, 210), (900, 480), (780, 640), (0, 640)]"

# the wrong answers the checks name (hidden checks and self-checks alike)
LEGS_ADDED = _msg("Катеттерді қоспаңыз: қиғаш қабырға — тік бұрышты үшбұрыштың гипотенузасы.",
                  "Катеты не складывают: наклонная сторона — гипотенуза прямоугольного треугольника.",
                  "Do not add the legs: the slanted side is the hypotenuse of a right triangle.")
NO_ROOT = _msg("Сіз гипотенузаның квадратын таптыңыз: түбір алуды ұмытпаңыз.",
               "Вы нашли квадрат гипотенузы: не забудьте извлечь корень.",
               "You found the square of the hypotenuse: take the square root.")
NOT_HALVED = _msg("Гаусс формуласындағы қосындыны екіге бөлу керек.",
                  "Сумму в формуле Гаусса нужно разделить на два.",
                  "The sum of the shoelace formula is to be halved.")
BOUNDING_BOX = _msg("Бұл — панельді қамтитын тіктөртбұрыш: қиылған бұрыштарды алып тастаңыз.",
                    "Это охватывающий прямоугольник: вычтите срезанные углы.",
                    "That is the rectangle around the panel: take the cut-off corners away.")
WRONG_SIGN = _msg("x өскенде E төбесі оңға жылжиды, ал панель үлкейеді: таңбаны тексеріңіз.",
                  "При росте x вершина E сдвигается вправо, и панель растёт: проверьте знак.",
                  "As x grows, the vertex E moves to the right and the panel grows: check the sign.")
UM_AS_MM = _msg("Қалыңдық микрометрмен берілген: 1 мкм = 0,001 мм.",
                "Толщина дана в микрометрах: 1 мкм = 0,001 мм.",
                "The thickness is in micrometres: 1 µm = 0.001 mm.")
TIMES_ETA = _msg("Робот панельге жеткеннен көп шашады: тасымалдау коэффициентіне көбейтпей, бөліңіз.",
                 "Робот распыляет больше, чем попадает на панель: делите на коэффициент переноса, а не умножайте.",
                 "The robot sprays more than lands on the panel: divide by the transfer efficiency, do not multiply.")
NO_ETA = _msg("Бұл — панельдерге жеткен бояу; шашырап кеткенін де ескеріңіз (тасымалдау 60 %).",
              "Это краска, попавшая на панели; учтите и перераспыл (перенос 60 %).",
              "That is the paint that lands on the panels; the overspray counts too (transfer 60 %).")


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    x = sp.Symbol("x", real=True)
    return {
        "side-length": fingerprint(290 * ureg.mm, rtol=0.005, mistakes=[
            rules.wrong_answer(410 * ureg.mm, code="legs-added", message=LEGS_ADDED)], salt=salt("side-length")),
        "panel-area": fingerprint(0.5454 * ureg.m**2, rtol=0.005, mistakes=[
            rules.wrong_answer(1.0908 * ureg.m**2, code="not-halved", message=NOT_HALVED)], salt=salt("panel-area")),
        "area-expression": fingerprint(483000 + 80 * x, mistakes=[
            rules.wrong_answer(966000 + 160 * x, code="not-halved", message=NOT_HALVED)],
            salt=salt("area-expression")),
        "film-volume": fingerprint(49.086 * ureg.mL, rtol=0.005, mistakes=[
            rules.wrong_answer(49.086 * ureg.L, code="micrometre-as-millimetre", message=UM_AS_MM)],
            salt=salt("film-volume")),
        "shift-paint": fingerprint(32.724 * ureg.L, rtol=0.01, mistakes=[
            rules.wrong_answer(11.78064 * ureg.L, code="times-efficiency", message=TIMES_ETA)],
            salt=salt("shift-paint")),
    }


def _quantity_test(name: str, unit: str, token: str) -> str:
    """The public part of a quantity's test: the dimension (a length, an area, a volume), then the self-check."""
    return (f'require(compare({name}, "{unit}", mode="dimension"))\n'
            f'advise(self_check({name}, "{token}"))')


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Есік панеліне қанша бояу керек: көпбұрыштың ауданы

Бақылаушы артқы есіктің сыртқы панелінің алты нүктесін миллиметрмен өлшеді (координаттар жүйесінің басы —
панельдің төменгі алдыңғы бұрышы, $x$ осі — артқа, $y$ осі — жоғары): $A(0;\\ 0)$, $B(700;\\ 0)$, $C(900;\\ 210)$,
$D(900;\\ 480)$, $E(780;\\ 640)$, $F(0;\\ 640)$. $BC$ қабырғасы доңғалақ аркасының тұсында қиғаш кесілген. Бұл
тапсырмада сіз панельдің қабырғасы мен ауданын, оған және бір ауысымға кететін бояуды есептейсіз, аудан функциясын
жазасыз және зертханада панель жобалайсыз. Сандар ойдан алынған, бірақ шынайы. Уақыты — 45 минут.""",
            ru="""# Сколько краски нужно панели двери: площадь многоугольника

Контролёр измерил шесть точек наружной панели задней двери в миллиметрах (начало координат — нижний передний угол
панели, ось $x$ — назад, ось $y$ — вверх): $A(0;\\ 0)$, $B(700;\\ 0)$, $C(900;\\ 210)$, $D(900;\\ 480)$,
$E(780;\\ 640)$, $F(0;\\ 640)$. Сторона $BC$ срезана наискось у арки колеса. В этом задании вы вычислите сторону и
площадь панели, краску на неё и на смену, напишете функцию площади и спроектируете панель в лаборатории. Числа
вымышленные, но правдоподобные. Время — 45 минут.""",
            en="""# Paint for a door panel: the area of a polygon

The inspector measured six points of a rear door's outer panel in millimetres (the origin is the panel's lower
front corner, the $x$ axis points to the rear, the $y$ axis up): $A(0,\\ 0)$, $B(700,\\ 0)$, $C(900,\\ 210)$,
$D(900,\\ 480)$, $E(780,\\ 640)$, $F(0,\\ 640)$. The side $BC$ is cut at a slant by the wheel arch. In this assignment
you compute a side and the area of the panel, the paint for it and for a shift, write an area function and design
a panel in the lab. The numbers are fictional but plausible. Time: 45 minutes."""),
        a.formula(r"$$d=\sqrt{(x_2-x_1)^2+(y_2-y_1)^2},\qquad S=\frac{1}{2}\left|\sum_{i=1}^{n}\left(x_i\,y_{i+1}-x_{i+1}\,y_i\right)\right|$$"),
        a.text(
            kk="""**Жауапты қалай жазу керек.** Сан немесе өрнек беріңіз; жауапты есептейтін Python өрнегі де болады
(`5 * 3 + 2`). Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `3 * ureg.mm`, `2 * ureg.m**2`, `5 * ureg.mL`,
`7 * ureg.L`, `40 * ureg.micrometer`; сол шаманың басқа бірлігі де қабылданады. Панельдің нүктелері `door_panel.REAR_DOOR`
тізімінде де бар. Бірінші код ұяшығындағы `x` әрпіне сан меншіктемеңіз. Әр тапсырманың астындағы тест ұяшығын іске
қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""**Как записывать ответы.** Давайте число или выражение; можно и выражение Python, которое вычисляет ответ
(`5 * 3 + 2`). Величину с единицей измерения записывайте через `ureg`: `3 * ureg.mm`, `2 * ureg.m**2`,
`5 * ureg.mL`, `7 * ureg.L`, `40 * ureg.micrometer`; принимается и другая единица той же величины. Точки панели есть
и в списке `door_panel.REAR_DOOR`. Не присваивайте число букве `x` из первой ячейки кода. Запускайте тестовую
ячейку под каждой задачей: она проверяет форму ответа.""",
            en="""**How to write answers.** Give a number or an expression; a Python expression that computes the answer is fine
(`5 * 3 + 2`). Write a quantity with a unit through `ureg`: `3 * ureg.mm`, `2 * ureg.m**2`, `5 * ureg.mL`,
`7 * ureg.L`, `40 * ureg.micrometer`; another unit of the same quantity is accepted too. The panel's points are also
in the list `door_panel.REAR_DOOR`. Do not assign a number to the letter `x` of the first code cell. Run the test
cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Панельдің қабырғасы мен ауданы", ru="## Часть А. Сторона и площадь панели",
               en="## Part A. The panel's side and area"),
        a.task(1, 1, "A",
               kk="""$B(700;\\ 0)$ мен $C(900;\\ 210)$ арасындағы $BC$ қабырғасының ұзындығын табыңыз:
`bc = ... * ureg.mm` (басқа ұзындық бірлігі де қабылданады; 0,5 % дәлдікпен).""",
               ru="""Найдите длину стороны $BC$ между $B(700;\\ 0)$ и $C(900;\\ 210)$: `bc = ... * ureg.mm` (принимается и
другая единица длины; с точностью до 0,5 %).""",
               en="""Find the length of the side $BC$ between $B(700,\\ 0)$ and $C(900,\\ 210)$: `bc = ... * ureg.mm` (another
unit of length is accepted too; within 0.5 %)."""),
        a.answer("side-length", "bc = ((900 - 700)**2 + (210 - 0)**2) ** 0.5 * ureg.mm", before="# bc = ... * ureg.mm"),
        a.tests("side-length-test", 1, public=_quantity_test("bc", "mm", token["side-length"]),
                hidden=f"""from curriculum.check import rules
require(compare(bc, "290 mm", mode="units", rtol=0.005, rules=[
    rules.wrong_answer(410 * ureg.mm, code="legs-added", message={LEGS_ADDED!r}),
    rules.wrong_answer(84100 * ureg.mm, code="no-root", message={NO_ROOT!r})]))"""),

        a.task(2, 2, "A",
               kk="""Панельдің ауданын төбелерінің координаттары бойынша табыңыз: `area = ... * ureg.m**2` (басқа аудан
бірлігі де қабылданады, мысалы `ureg.mm**2`; 0,5 % дәлдікпен).""",
               ru="""Найдите площадь панели по координатам её вершин: `area = ... * ureg.m**2` (принимается и другая единица
площади, например `ureg.mm**2`; с точностью до 0,5 %).""",
               en="""Find the panel's area from its vertices' coordinates: `area = ... * ureg.m**2` (another unit of area is
accepted too, for example `ureg.mm**2`; within 0.5 %)."""),
        a.answer("panel-area", f"""points = {REAR}
n = len(points)
total = 0
for i in range(n):
    x1, y1 = points[i]
    x2, y2 = points[(i + 1) % n]
    total = total + x1 * y2 - x2 * y1
area = abs(total) / 2 * ureg.mm**2""", before="# area = ... * ureg.m**2"),
        a.tests("panel-area-test", 2, public=_quantity_test("area", "m**2", token["panel-area"]),
                hidden=f"""from curriculum.check import rules
require(compare(area, "0.5454 m**2", mode="units", rtol=0.005, rules=[
    rules.wrong_answer(1.0908 * ureg.m**2, code="not-halved", message={NOT_HALVED!r}),
    rules.wrong_answer(0.576 * ureg.m**2, code="bounding-box", message={BOUNDING_BOX!r})]), points=2)"""),

        a.task(3, 2, "B",
               kk="""Конструктор $E$ төбесін панельдің жоғарғы жиегі бойымен жылжытқысы келеді: $E(x;\\ 640)$, қалған нүктелер
орнында қалады. Панельдің ауданын мм² бірлігімен $x$ арқылы sympy өрнегі ретінде жазыңыз: `area_x = ...`
(`x` әрпімен; жауаптың түрі, мысалы, `1000*x + 5`, бірақ бұл жауап емес). Тепе-тең кез келген өрнек қабылданады;
$0 \\le x \\le 900$ деп есептеңіз.""",
               ru="""Конструктор хочет сдвигать вершину $E$ вдоль верхней кромки панели: $E(x;\\ 640)$, остальные точки на
месте. Запишите площадь панели в мм² как выражение sympy через $x$: `area_x = ...` (буквой `x`; форма ответа,
например, `1000*x + 5`, но это не ответ). Принимается любое тождественно равное выражение; считайте, что
$0 \\le x \\le 900$.""",
               en="""The designer wants to move the vertex $E$ along the panel's upper edge: $E(x,\\ 640)$, the other points stay
where they are. Write the panel's area in mm² as a sympy expression in $x$: `area_x = ...` (with the letter `x`; the
form of an answer is, for example, `1000*x + 5`, which is not the answer). Any equivalent expression is accepted;
take $0 \\le x \\le 900$."""),
        a.answer("area-expression", """points = [(0, 0), (700, 0), (900, 210), (900, 480), (x, 640), (0, 640)]
area_x = sp.expand(sum(points[i][0] * points[(i + 1) % 6][1] - points[(i + 1) % 6][0] * points[i][1]
                       for i in range(6)) / 2)""",
                 hint=_msg("area_x = ...  (x арқылы sympy өрнегі, мм²)", "area_x = ...  (выражение sympy через x, мм²)",
                           "area_x = ...  (a sympy expression in x, mm²)")),
        a.tests("area-expression-test", 2, public=f"""assert isinstance(area_x, sp.Expr), pick({_msg("area_x — x әрпінен құрылған sympy өрнегі болуы керек.", "area_x должно быть выражением sympy от x.", "area_x should be a sympy expression in x.")!r})
assert {{s.name for s in area_x.free_symbols}} <= {{"x"}}, pick({_msg("area_x өрнегінде тек x әрпі болуы керек.", "В выражении area_x может быть только буква x.", "area_x may use only the letter x.")!r})
advise(self_check(area_x, "{token['area-expression']}"))""",
                hidden=f"""from curriculum.check import rules
require(compare(area_x, 483000 + 80 * x, rules=[
    rules.wrong_answer(966000 + 160 * x, code="not-halved", message={NOT_HALVED!r}),
    rules.wrong_answer(483000 - 80 * x, code="wrong-sign", message={WRONG_SIGN!r})]), points=2)"""),

        a.text(kk="## Ә бөлім. Бояу", ru="## Часть Б. Краска", en="## Part B. The paint"),
        a.task(4, 1, "A",
               kk="""Робот панельге қалыңдығы $90$ мкм сұйық лак қабатын жағады. Бір панельдегі қабатта қанша бояу бар?
`film = ... * ureg.mL` (басқа көлем бірлігі де қабылданады; 0,5 % дәлдікпен). 2-тапсырмадағы `area` шамасын
пайдалануға болады.""",
               ru="""Робот наносит на панель слой жидкого лака толщиной $90$ мкм. Сколько краски в слое на одной панели?
`film = ... * ureg.mL` (принимается и другая единица объёма; с точностью до 0,5 %). Можно использовать величину
`area` из задачи 2.""",
               en="""The robot lays a film of wet clearcoat $90$ µm thick on the panel. How much paint is in the film on one
panel? `film = ... * ureg.mL` (another unit of volume is accepted too; within 0.5 %). You may use the quantity `area`
of task 2."""),
        a.answer("film-volume", "film = (0.5454 * ureg.m**2 * 90 * ureg.micrometer).to(ureg.mL)",
                 before="# film = ... * ureg.mL"),
        a.tests("film-volume-test", 1, public=_quantity_test("film", "mL", token["film-volume"]),
                hidden=f"""from curriculum.check import rules
require(compare(film, "49.086 mL", mode="units", rtol=0.005, rules=[
    rules.wrong_answer(49.086 * ureg.L, code="micrometre-as-millimetre", message={UM_AS_MM!r})]))"""),

        a.task(5, 2, "B",
               kk="""Бір ауысымда осындай 400 панель боялады. Роботтардың тасымалдау коэффициенті $60$ %: шашылған бояудың
тек $60$ %-ы панельге жетеді. Роботтар ауысымда неше литр бояу шашады? `shift = ... * ureg.L` (1 % дәлдікпен).""",
               ru="""За смену окрашивают 400 таких панелей. Коэффициент переноса роботов $60$ %: на панель попадает только
$60$ % распылённой краски. Сколько литров краски распыляют роботы за смену? `shift = ... * ureg.L` (с точностью до
1 %).""",
               en="""A shift paints 400 such panels. The robots' transfer efficiency is $60$ %: only $60$ % of the sprayed paint
lands on the panel. How many litres of paint do the robots spray in the shift? `shift = ... * ureg.L` (within 1 %)."""),
        a.answer("shift-paint", "shift = (400 * 49.086 * ureg.mL / 0.6).to(ureg.L)", before="# shift = ... * ureg.L"),
        a.tests("shift-paint-test", 2, public=_quantity_test("shift", "L", token["shift-paint"]),
                hidden=f"""from curriculum.check import rules
require(compare(shift, "32.724 L", mode="units", rtol=0.01, rules=[
    rules.wrong_answer(11.78064 * ureg.L, code="times-efficiency", message={TIMES_ETA!r}),
    rules.wrong_answer(19.6344 * ureg.L, code="no-efficiency", message={NO_ETA!r})]), points=2)"""),

        a.text(kk="## Б бөлім. Функция, түсіндіру және жоба", ru="## Часть В. Функция, объяснение и проект",
               en="## Part C. A function, an explanation and a design"),
        a.task(6, 2, "B",
               kk="""Төбелерінің тізімі бойынша көпбұрыштың ауданын Гаусс формуласымен есептейтін `polygon_area(points)`
функциясын жазыңыз: `points` — көпбұрышты ретімен (сағат тіліне қарсы немесе сағат тілімен) айналатын `(x, y)`
жұптарының тізімі, нәтижесі — аудан (сан, оң). Мысалы, `polygon_area([(0, 0), (4, 0), (4, 3)])` нәтижесі `6.0`.
Функция әртүрлі нүктелер тізімдерімен, екі бағытта да тексеріледі.""",
               ru="""Напишите функцию `polygon_area(points)`, которая вычисляет площадь многоугольника по списку его вершин по
формуле Гаусса: `points` — список пар `(x, y)`, обходящих многоугольник по порядку (против часовой стрелки или по
ней), результат — площадь (число, положительное). Например, `polygon_area([(0, 0), (4, 0), (4, 3)])` даёт `6.0`.
Функцию проверяют на разных списках точек, в обоих направлениях обхода.""",
               en="""Write a function `polygon_area(points)` that computes a polygon's area from the list of its vertices with the
shoelace formula: `points` is a list of pairs `(x, y)` going round the polygon in order (anticlockwise or
clockwise), the result the area (a positive number). For example, `polygon_area([(0, 0), (4, 0), (4, 3)])` gives
`6.0`. The function is checked on various lists of points, in both directions."""),
        a.answer("area-function", """def polygon_area(points):
    n = len(points)
    total = 0
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        total = total + x1 * y2 - x2 * y1
    return abs(total) / 2""", hint=_msg(
            "def polygon_area(points): ... әр қабырғаға x1*y2 - x2*y1 қосып, модулін екіге бөліңіз",
            "def polygon_area(points): ... сложите x1*y2 - x2*y1 по всем сторонам, возьмите модуль и разделите на два",
            "def polygon_area(points): ... add x1*y2 - x2*y1 over every side, take the absolute value and halve it")),
        a.tests("area-function-test", 2, public=f"""assert callable(polygon_area), pick({_msg("polygon_area — функция болуы керек (def polygon_area(points): ...).", "polygon_area должна быть функцией (def polygon_area(points): ...).", "polygon_area should be a function (def polygon_area(points): ...).")!r})
assert abs(polygon_area([(0, 0), (4, 0), (4, 3)]) - 6) < 1e-9, pick({_msg("polygon_area([(0, 0), (4, 0), (4, 3)]) тапсырмадағы мысалдағыдай 6.0 беруі керек.", "polygon_area([(0, 0), (4, 0), (4, 3)]) должна давать 6.0, как в примере задачи.", "polygon_area([(0, 0), (4, 0), (4, 3)]) should give 6.0, as in the task's example.")!r})""",
                hidden="""import math
from hypothesis import strategies as st


def simple_polygon(turns, radii, clockwise, centre):
    # a polygon whose sides do not cross, as the task promises: its vertices at increasing angles round the
    # centre, each gap under 180 degrees (the centre inside), in either direction
    n = len(turns)
    angles = [2 * math.pi * (i + 0.4 * t) / n for i, t in enumerate(turns)]
    points = [(centre[0] + r * math.cos(a), centre[1] + r * math.sin(a)) for a, r in zip(angles, radii)]
    return (points[::-1] if clockwise else points,)


L_SHAPE = [(0, 0), (600, 0), (600, 200), (200, 200), (200, 500), (0, 500)]
require(check_function(polygon_area, door_panel.polygon_area,
                       inputs=[([(0, 0), (4, 0), (4, 3)],), (list(door_panel.REAR_DOOR),),
                               (list(door_panel.REAR_DOOR[::-1]),), (list(door_panel.FRONT_DOOR),),
                               (list(door_panel.PLATE),), (L_SHAPE,), (L_SHAPE[::-1],),
                               ([(-3, -2), (5, -1), (1, 4)],), ([(0.5, 0.25), (2.5, 0.25), (2.5, 1.75), (0.5, 1.75)],)],
                       strategy=st.integers(3, 8).flatmap(lambda n: st.builds(
                           simple_polygon, st.lists(st.floats(0, 1), min_size=n, max_size=n),
                           st.lists(st.integers(50, 500), min_size=n, max_size=n), st.booleans(),
                           st.tuples(st.integers(-500, 500), st.integers(-500, 500)))),
                       atol=1e-6, max_examples=100))"""),

        a.task(7, 3, "C", locked_id="point-order-prompt",
               kk="""Жаңа бақылаушы артқы есіктің нүктелерін $A, B, D, C, E, F$ ретімен енгізді, ал бағдарлама $502200$ мм² деп
жазды. (а) Бұл ретте қай қабырғалар қиылысады? Неге $502200$ мм² панельдің ауданы емес, және ол 2-тапсырманың
жауабынан қаншаға өзгеше? (ә) Нүктелер $F, E, D, C, B, A$ ретімен енгізілсе, модульсіз қосындының жартысы не
береді және неге? (б) Ауданға сенбес бұрын нүктелер тізімін қалай тексеруге болады? Жауапты төмендегі ұяшыққа
сөзбен және есептеулермен жазыңыз.""",
               ru="""Новый контролёр ввёл точки задней двери в порядке $A, B, D, C, E, F$, и программа выдала $502200$ мм².
(а) Какие стороны пересекаются при таком порядке? Почему $502200$ мм² — не площадь панели и на сколько это число
отличается от ответа задачи 2? (б) Что даёт половина суммы без модуля, если ввести точки в порядке
$F, E, D, C, B, A$, и почему? (в) Как проверить список точек, прежде чем доверять площади? Напишите ответ словами и
с вычислениями в ячейке ниже.""",
               en="""A new inspector entered the rear door's points in the order $A, B, D, C, E, F$, and the program printed
$502200$ mm². (a) Which sides cross in this order? Why is $502200$ mm² not the panel's area, and by how much does it
differ from the answer of task 2? (b) What does half the sum give without the absolute value when the points are
entered as $F, E, D, C, B, A$, and why? (c) How can the list of points be checked before the area is trusted? Write
your answer in words and with calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: $BD$ мен $CE$ қабырғалары қиылысады; сегіз тәрізді сызықтың бір бөлігі сағат тілімен
  айналады, оның ауданы алынып тасталады, сондықтан $502200$ мм² — панельдің ауданы емес; ол $545400$ мм²-ден
  $43200$ мм²-ге аз.
* 1 ұпай: кері ретпен қосындының жартысы $-545400$ мм²: сағат тілімен айналғанда трапециялардың таңбалары
  ауысады; аудан — оның модулі, $545400$ мм².
* 1 ұпай: тексерудің бір дұрыс тәсілі: нүктелерді сызып, көпбұрышты ретімен айналатынын және қабырғалардың
  қиылыспайтынын көру; немесе ауданды тіктөртбұрыштан қиылған бұрыштармен бағалап салыстыру ($576000$ мм²-ден аз);
  немесе периметрді сызбамен салыстыру.""",
                   "ru": """* 1 балл: пересекаются стороны $BD$ и $CE$; часть получившейся «восьмёрки» обходится по часовой
  стрелке, и её площадь вычитается, поэтому $502200$ мм² — не площадь панели; это на $43200$ мм² меньше, чем
  $545400$ мм².
* 1 балл: в обратном порядке половина суммы равна $-545400$ мм²: при обходе по часовой стрелке знаки трапеций
  меняются; площадь — модуль, $545400$ мм².
* 1 балл: один верный способ проверки: нарисовать точки и убедиться, что они обходят многоугольник по порядку и
  стороны не пересекаются; или оценить площадь прямоугольником без срезанных углов (меньше $576000$ мм²) и
  сравнить; или сравнить периметр с чертежом.""",
                   "en": """* 1 point: the sides $BD$ and $CE$ cross; part of the resulting figure-of-eight is traced clockwise and
  its area is taken away, so $502200$ mm² is not the panel's area; it is $43200$ mm² less than $545400$ mm².
* 1 point: backwards, half the sum is $-545400$ mm²: going round clockwise turns the signs of the trapezoids; the
  area is its absolute value, $545400$ mm².
* 1 point: one right way to check: plot the points and see that they go round the polygon in order and that no
  sides cross; or estimate the area from the rectangle less its cut-off corners (less than $576000$ mm²) and
  compare; or compare the perimeter with the drawing."""}),
        a.written("point-order", 3, """**Model answer (en).** (a) In the order $A, B, D, C, E, F$ the sides are $AB$, $BD$, $DC$, $CE$, $EF$, $FA$:
the side $BD$ from $(700, 0)$ to $(900, 480)$ crosses the side $CE$ from $(900, 210)$ to $(780, 640)$. The outline is a
figure-of-eight: the big loop is traced anticlockwise and counts with a plus, the small triangle near $D$ and $C$ is
traced clockwise and counts with a minus. The big loop is not the panel either: it leaves out the triangles at
$BC$ and at $DE$ between the panel's sides and the crossing point. The shoelace formula gives the area only for a polygon whose sides do not
cross, so $502200$ mm² is not the panel's area: it is $545400 - 502200 = 43200$ mm² less. (b) Backwards, half the
sum is $-545400$ mm²: going round clockwise, the sides along the top go right and the sides along the bottom go
left, so every trapezoid changes its sign. The absolute value gives the area, $545400$ mm². (c) Plot the points
(or look at the lab's picture) and check that they go round the panel in order with no crossing sides; estimate
the area first: the rectangle around the panel is $900 \\cdot 640 = 576000$ mm² and the panel is a little smaller.

**Үлгі жауап (kk).** (а) $A, B, D, C, E, F$ ретінде қабырғалар $AB$, $BD$, $DC$, $CE$, $EF$, $FA$ болады: $(700; 0)$
нүктесінен $(900; 480)$ нүктесіне дейінгі $BD$ қабырғасы $(900; 210)$ нүктесінен $(780; 640)$ нүктесіне дейінгі $CE$
қабырғасын қиып өтеді. Сегіз тәрізді сызық шығады: үлкен бөлігі сағат тіліне қарсы айналады да, қосылады, ал $D$
мен $C$ жанындағы кішкене үшбұрыш сағат тілімен айналады да, алынып тасталады. Үлкен бөлігі де панель емес: онда $BC$ мен $DE$ жанындағы, панельдің
қабырғалары мен қиылысу нүктесі арасындағы үшбұрыштар жоқ. Гаусс формуласы ауданды тек
қабырғалары қиылыспайтын көпбұрыш үшін береді, сондықтан $502200$ мм² — панельдің ауданы емес: ол
$545400 - 502200 = 43200$ мм²-ге аз. (ә) Кері ретпен қосындының жартысы $-545400$ мм²: сағат тілімен айналғанда
жоғарғы қабырғалар оңға, төменгілері солға жүреді, сондықтан әр трапецияның таңбасы ауысады. Модулі ауданды
береді, $545400$ мм². (б) Нүктелерді сызып (немесе зертхананың суретіне қарап), олардың панельді ретімен
айналатынын және қабырғалардың қиылыспайтынын тексеру керек; ауданды алдымен бағалау керек: панельді қамтитын
тіктөртбұрыш $900 \\cdot 640 = 576000$ мм², ал панель одан сәл кіші.

**Образец ответа (ru).** (а) В порядке $A, B, D, C, E, F$ стороны — $AB$, $BD$, $DC$, $CE$, $EF$, $FA$: сторона $BD$ от
$(700; 0)$ до $(900; 480)$ пересекает сторону $CE$ от $(900; 210)$ до $(780; 640)$. Получается «восьмёрка»: большая
петля обходится против часовой стрелки и входит с плюсом, маленький треугольник у $D$ и $C$ обходится по часовой
стрелке и входит с минусом. Большая петля — тоже не панель: в ней нет треугольников у $BC$ и у $DE$ между сторонами
панели и точкой пересечения. Формула Гаусса даёт площадь только для многоугольника без пересекающихся сторон,
поэтому $502200$ мм² — не площадь панели: это на $545400 - 502200 = 43200$ мм² меньше. (б) В обратном порядке
половина суммы равна $-545400$ мм²: при обходе по часовой стрелке верхние стороны идут вправо, а нижние влево, и
каждая трапеция меняет знак. Модуль даёт площадь, $545400$ мм². (в) Нарисовать точки (или посмотреть на рисунок
лаборатории) и проверить, что они обходят панель по порядку и стороны не пересекаются; сначала оценить площадь:
охватывающий прямоугольник $900 \\cdot 640 = 576000$ мм², а панель немного меньше."""),

        a.task(8, 2, "C",
               kk="""Шағын модельдің алдыңғы есігіне панель жобалаңыз (2-сабақтағы талаптар): панель кемінде $0{,}62$ м²;
$80$ мкм қабат пен $70$ % тасымалдауда бір панельге $75$ мл-ден артық бояу шашылмасын; жиегі (периметрі)
$3{,}3$ м-ден аспасын; қабырғалар қиылыспасын; нүктелер зертхананың жақтауынан шықпасын. Зертханада төбелерді
сүйреп, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына
көшіріңіз.""",
               ru="""Спроектируйте панель передней двери компактной модели (требования урока 2): панель не меньше $0{,}62$ м²;
при слое $80$ мкм и переносе $70$ % на одну панель распыляется не больше $75$ мл краски; кромка (периметр) не длиннее
$3{,}3$ м; стороны не пересекаются; точки не выходят за рамку лаборатории. Перетащите вершины в лаборатории, нажмите
**Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает лаборатория.""",
               en="""Design the compact model's front door panel (the requirements of lesson 2): the panel covers at least
$0.62$ m²; with a film of $80$ µm and a transfer of $70$ % at most $75$ mL of paint is sprayed per panel; the edge
(perimeter) is at most $3.3$ m; no sides cross; no point leaves the lab's frame. Drag the vertices in the lab,
press **Check the design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""door_panel.make_lab("compact-door")"""),
        a.answer("design", "design = {'points': [[100, 0], [1000, 0], [1080, 150], [1080, 640], [120, 640], [0, 240]]}",
                 before="# design = {'points': [[..., ...], ...]}"),
        a.tests("design-test", 2, public=f"""assert isinstance(design, dict) and "points" in design, pick({_msg("design = {'points': [[..., ...], ...]} (зертхана көрсететін жол)", "design = {'points': [[..., ...], ...]} (строка, которую показывает лаборатория)", "design = {'points': [[..., ...], ...]} (the line the lab shows)")!r})
advise(check_design(design, door_panel.DESIGN_SPEC, model=door_panel.design_result))""",
                hidden="""require(check_design(design, door_panel.DESIGN_SPEC, model=door_panel.design_result))"""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "door_panel.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
