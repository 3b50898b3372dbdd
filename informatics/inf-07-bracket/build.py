"""Writes inf-07-bracket's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-07-bracket/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_inf_07_bracket.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a dimension of the drawing, a given of a task, or comes from the lab's model
(``curriculum.labs.bracket``) and ``curriculum.check.part``; the module's test pins each one.
"""

from __future__ import annotations

from pathlib import Path

from curriculum import authoring as a
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "inf-07-bracket"

DRAWING_TABLE = """| | L | W | t | H | d | s | r | D | h |
|---|---|---|---|---|---|---|---|---|---|
| mm | 60 | 30 | 4 | 30 | 4,5 | 40 | 5 | 5,5 | 20 |"""

LEGEND = dict(
    kk="""L — табанның ұзындығы (x бойымен), W — табанның ені (y бойымен), t — қалыңдығы (табан да, қабырға да),
H — қабырғаның биіктігі (z бойымен), d — табандағы екі тесіктің диаметрі, s — олардың центрлерінің арақашықтығы,
r — табанның алдыңғы екі бұрышының дөңгелектеу радиусы (артқы бұрыштары тік), D — қабырғадағы тесіктің диаметрі,
h — оның центрінің биіктігі. Табандағы тесіктер табанның бос бөлігінің (қабырғаның алдындағы) ортаңғы сызығында,
ұзындығы бойынша симметриялы; қабырғадағы тесік қабырғаның ортасында.""",
    ru="""L — длина основания (по оси x), W — ширина основания (по оси y), t — толщина (и основания, и стенки),
H — высота стенки (по оси z), d — диаметр двух отверстий в основании, s — расстояние между их центрами,
r — радиус скругления двух передних углов основания (задние углы прямые), D — диаметр отверстия в стенке,
h — высота его центра. Отверстия основания лежат на средней линии свободной части основания (перед стенкой),
симметрично по длине; отверстие стенки — посередине стенки.""",
    en="""L is the base's length (along x), W its width (along y), t the thickness (of the base and of the wall),
H the wall's height (along z), d the diameter of the two holes in the base, s the distance between their centres,
r the radius of the base's two rounded front corners (the back corners are square), D the diameter of the hole in
the wall, h the height of its centre. The base's holes lie on the middle line of the base's free part (in front of
the wall), symmetric along the length; the wall's hole is in the middle of the wall.""")


def frame_text(gloss: bool) -> dict[str, str]:
    """The task's frame, in each language (the kk gloss only where the term is first used in the notebook)."""
    return dict(
        kk=f"""**Координаттар жүйесі{' (frame)' if gloss else ''}.** 3D принтердікі сияқты: x — оңға, y — алға (сізден әрі),
z — жоғары, бірлігі — миллиметр, принтер үстелі — z = 0 жазықтығы. Кронштейннің табаны үстелде жатады, сыртқы
алдыңғы сол бұрышы координаттар басында (0, 0, 0), қабырға артқы жиекте тұрады (y = W − t мен y = W аралығында).""",
        ru=f"""**Система координат{' (frame)' if gloss else ''}.** Как у 3D-принтера: x — вправо, y — вперёд (от вас),
z — вверх, единица — миллиметр, стол принтера — плоскость z = 0. Основание кронштейна лежит на столе, его внешний
передний левый угол — в начале координат (0, 0, 0), стенка стоит у заднего края (от y = W − t до y = W).""",
        en="""**The frame.** The 3D printer's: x to the right, y away from you, z up, millimetres, the printer's bed is
the plane z = 0. The bracket's base lies on the bed with its outer front left corner at the origin (0, 0, 0),
and the wall stands at the back edge (from y = W − t to y = W).""")


# -- lesson 1: from a drawing to a 3D model ---------------------------------------------------------------

LESSON_1_SETUP = """from curriculum.cad import box, circle, cylinder, extrude, rectangle, rounded_rectangle
from curriculum.i18n import pick
from curriculum.labs import bracket"""


def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_1_SETUP),
        a.hook(
            kk="""# Бекіту кронштейні, 1-сабақ. Сызбадан 3D модельге

Зауыттың конвейері бойында жүздеген датчик тұр, әрқайсысы шағын **кронштейнге** (bracket) бекітілген. Жаңа датчик
келгенде инженерлер кронштейнді дүкеннен күтпейді: оны бір сағатта 3D принтерде басып шығарады. Бірақ сызбадан
жарты миллиметрге ауытқыған тесік бұранданы өткізбейді, ал тым жұқа қабырға сынады. Бүгін сіз:

* сызбаны оқып, өлшемдерді координаттар жүйесіне көшіресіз;
* жалпақ эскизді созып, денелерді біріктіріп, тесіктерді ойып аласыз;
* бөлшектің көлемі мен массасын есептейсіз;
* модельді 3D көріністе айналдырып, сызбамен салыстырасыз.

Сандар ойдан алынған, бірақ шынайыға жақын.""",
            ru="""# Крепёжный кронштейн, урок 1. От чертежа к 3D-модели

Вдоль заводского конвейера стоят сотни датчиков, каждый закреплён на небольшом **кронштейне** (bracket). Когда
приходит новый датчик, инженеры не ждут кронштейн из магазина: его за час печатают на 3D-принтере. Но отверстие,
ушедшее от чертежа на полмиллиметра, не пропустит болт, а слишком тонкая стенка сломается. Сегодня вы:

* прочитаете чертёж и перенесёте размеры в систему координат;
* вытянете плоский эскиз, объедините тела и вырежете отверстия;
* посчитаете объём и массу детали;
* повернёте модель в 3D-виде и сравните её с чертежом.

Числа условные, но близки к настоящим.""",
            en="""# A mounting bracket, lesson 1. From a drawing to a 3D model

Hundreds of sensors stand along the plant's conveyor, each fixed on a small **bracket**. When a new sensor arrives,
the engineers do not wait for a bracket from a shop: they print one on a 3D printer in an hour. But a hole half a
millimetre off the drawing will not take its bolt, and a wall too thin breaks. Today you will:

* read the drawing and carry its dimensions into the frame;
* extrude a flat sketch, join solids and cut holes;
* compute the part's volume and mass;
* turn the model in 3D and compare it with the drawing.

The numbers are made up but close to real ones."""),
        a.text(
            kk="""## 1. Сызба

Кронштейн — L әрпі тәрізді бөлшек: үстелде жатқан табан және оның артқы жиегінде тұрған қабырға. Табанда конвейерге
бекітуге арналған екі тесік, қабырғада датчикке арналған бір тесік бар. **Сызбаның** (drawing) өлшемдері
миллиметрмен:""",
            ru="""## 1. Чертёж

Кронштейн — деталь в форме буквы L: основание, лежащее на столе, и стенка у его заднего края. В основании два
отверстия для крепления к конвейеру, в стенке — одно отверстие для датчика. Размеры **чертежа** (drawing) в
миллиметрах:""",
            en="""## 1. The drawing

The bracket is an L-shaped part: a base lying on the bed and a wall at its back edge. The base has two holes to fix
it to the conveyor, the wall one hole for the sensor. The dimensions of the **drawing**, in millimetres:"""),
        a.formula(DRAWING_TABLE),
        a.text(**LEGEND),
        a.text(**frame_text(gloss=True)),
        a.text(
            kk="""## 2. Бөлшек қалай құрастырылады

1. **Эскиз** (sketch) — жазықтықтағы тұйық контур: `rounded_rectangle(60, 30, 5)` — бұрыштары 5 мм радиуспен
   дөңгеленген тіктөртбұрыш, `circle(4.5)` — диаметрі 4,5 мм шеңбер. Эскизден эскизді алып тастауға (`-`) және
   қосуға (`+`) болады.
2. **Созу** (extrude): `extrude(эскиз, 4)` эскизді үстелден 4 мм биіктікке көтереді.
3. **Біріктіру** `+` және **ойып алу** `-` денелермен де жұмыс істейді; `.move(x=..., y=..., z=...)` денені
   жылжытады, `.rotate(x=90)` x осінің айналасында 90°-қа бұрады.

Төмендегі ұяшықты іске қосыңыз: тесіктері бар табан пайда болады. Оны тінтуірмен айналдырыңыз. Артқы бұрыштарды
тік ету үшін дөңгеленген тіктөртбұрышқа артқы жағынан тік тіктөртбұрыш қосылған.""",
            ru="""## 2. Как строится деталь

1. **Эскиз** (sketch) — замкнутый контур на плоскости: `rounded_rectangle(60, 30, 5)` — прямоугольник со
   скруглёнными радиусом 5 мм углами, `circle(4.5)` — окружность диаметром 4,5 мм. Эскиз можно вычесть из эскиза
   (`-`) и прибавить к нему (`+`).
2. **Вытягивание** (extrude): `extrude(эскиз, 4)` поднимает эскиз от стола на 4 мм.
3. **Объединение** `+` и **вычитание** `-` работают и с телами; `.move(x=..., y=..., z=...)` сдвигает тело,
   `.rotate(x=90)` поворачивает на 90° вокруг оси x.

Запустите ячейку ниже: появится основание с отверстиями. Поверните его мышью. Чтобы задние углы были прямыми, к
скруглённому прямоугольнику сзади прибавлен обычный прямоугольник.""",
            en="""## 2. How a part is built

1. A **sketch** is a closed outline in the plane: `rounded_rectangle(60, 30, 5)` is a rectangle whose corners are
   rounded with a 5 mm radius, `circle(4.5)` a circle 4.5 mm across. A sketch can be taken away from a sketch
   (`-`) and added to it (`+`).
2. **Extrude**: `extrude(sketch, 4)` lifts the sketch 4 mm up from the bed.
3. **Join** `+` and **cut** `-` work on solids too; `.move(x=..., y=..., z=...)` moves a solid, `.rotate(x=90)`
   turns it 90° about the x axis.

Run the cell below: the base with its holes appears. Turn it with the mouse. To keep the back corners square, a
plain rectangle is added to the rounded one at the back."""),
        a.code("""outline = rounded_rectangle(60, 30, 5, center=False) + rectangle(60, 25, center=False).move(y=5)
outline = outline - circle(4.5).move(x=10, y=13) - circle(4.5).move(x=50, y=13)
base = extrude(outline, 4)
base.show()"""),
        a.example(
            kk="""### 1-мысал: табанның көлемі мен массасы

Бұрыштары дөңгеленбеген тегіс пластинаның көлемі $V = L \\cdot W \\cdot t = 60 \\cdot 30 \\cdot 4 = 7200$ мм³. Әр
тесік радиусы $d/2$, биіктігі $t$ цилиндрді алып тастайды: $\\pi (d/2)^2 t \\approx 63{,}6$ мм³. Бұрышты
дөңгелектеу әр бұрыштан $r^2 - \\pi r^2/4 \\approx 5{,}37$ мм² ауданды кеседі, ал екі алдыңғы бұрыш $t$ биіктікте шамамен
43 мм³ алады. Сонда $V \\approx 7200 - 2 \\cdot 63{,}6 - 43 \\approx 7030$ мм³. Масса = көлем × тығыздық; PLA үшін
1,24 г/см³, ал 1 см³ = 1000 мм³: $7{,}03 \\cdot 1{,}24 \\approx 8{,}7$ г. Модель көлемін өзі өлшейді
(`base.volume`); төмендегі ұяшық формуламен салыстырады.""",
            ru="""### Пример 1: объём и масса основания

Объём плоской пластины без скруглений $V = L \\cdot W \\cdot t = 60 \\cdot 30 \\cdot 4 = 7200$ мм³. Каждое отверстие
вынимает цилиндр радиуса $d/2$ и высоты $t$: $\\pi (d/2)^2 t \\approx 63{,}6$ мм³. Скругление срезает с угла площадь
$r^2 - \\pi r^2/4 \\approx 5{,}37$ мм², а два передних угла на высоте $t$ — около 43 мм³. Итак,
$V \\approx 7200 - 2 \\cdot 63{,}6 - 43 \\approx 7030$ мм³. Масса = объём × плотность; у PLA 1,24 г/см³, а
1 см³ = 1000 мм³: $7{,}03 \\cdot 1{,}24 \\approx 8{,}7$ г. Модель сама измеряет свой объём (`base.volume`); ячейка
ниже сравнивает его с формулой.""",
            en="""### Example 1: the base's volume and mass

A flat plate with square corners has the volume $V = L \\cdot W \\cdot t = 60 \\cdot 30 \\cdot 4 = 7200$ mm³. Each hole
takes out a cylinder of radius $d/2$ and height $t$: $\\pi (d/2)^2 t \\approx 63.6$ mm³. Rounding a corner cuts off
the area $r^2 - \\pi r^2/4 \\approx 5.37$ mm², and the two front corners take about 43 mm³ over the height $t$. So
$V \\approx 7200 - 2 \\cdot 63.6 - 43 \\approx 7030$ mm³. Mass = volume × density; PLA has 1.24 g/cm³, and
1 cm³ = 1000 mm³: $7.03 \\cdot 1.24 \\approx 8.7$ g. The model measures its own volume (`base.volume`); the cell
below compares it with the formula."""),
        a.code("""import math
hole = math.pi * (4.5 / 2)**2 * 4
corner = (5**2 - math.pi * 5**2 / 4) * 4
by_formula = 60 * 30 * 4 - 2 * hole - 2 * corner
print(round(by_formula), pick({"kk": "мм³ формуламен;", "ru": "мм³ по формуле;", "en": "mm³ by the formula;"}),
      round(base.volume), pick({"kk": "мм³ модельде өлшенген", "ru": "мм³ измерено на модели", "en": "mm³ measured on the model"}))
print(round(base.volume / 1000 * 1.24, 1), pick({"kk": "г PLA", "ru": "г PLA", "en": "g of PLA"}))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Тесіктердің диаметрін 4,5 мм-ден 9 мм-ге (екі есе) үлкейтсек, тесіктер алып кететін көлем неше есе өседі: 2 есе ме,
4 есе ме? Ал қалыңдықты 4 мм-ден 2 мм-ге азайтсақ, масса шамамен неше есе азаяды? Жауабыңызды дәптерге жазып
алыңыз, содан кейін зертханада тексеріңіз.""",
            ru="""### Сначала предскажите

Если увеличить диаметр отверстий с 4,5 мм до 9 мм (вдвое), во сколько раз вырастет объём, который вынимают
отверстия: в 2 раза или в 4? А если уменьшить толщину с 4 мм до 2 мм, примерно во сколько раз уменьшится масса?
Запишите ответ в тетрадь, потом проверьте в лаборатории.""",
            en="""### Predict first

If the holes grow from 4.5 mm to 9 mm across (twice the diameter), how many times larger is the volume they take
out: 2 times or 4 times? And if the thickness drops from 4 mm to 2 mm, about how many times lighter is the bracket?
Write your answers down, then check them in the lab."""),
        a.lab("""lab = bracket.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

**Жүгірткілер** (slider) кронштейннің қалыңдығын, тесік диаметрін, тесіктер арақашықтығын және биіктігін өзгертеді;
бөлшек 3D көріністе бірден өзгереді. Қызғылт сары мөлдір бөлшек — сызбадағы бөлшек.

1. Әр жүгірткіні кезекпен жылжытыңыз: қайсысы массаны ең көп өзгертеді? Неге?
2. Тесік диаметрін 4,5 мм-ден 9 мм-ге дейін өзгертіп, көлемнің өзгерісін жазыңыз. Ø4,5 мм екі тесік
   2 · 63,6 ≈ 127 мм³ алатын (1-мысал): енді олар қанша алады? Болжамыңыз расталды ма?
3. Өз бөлшегіңізді сызбадағымен дәл сәйкестендіріңіз: көрсеткіште өлшемдері 60 × 30 × 30 мм, үш өтпелі тесік және
   16,3 г болуы керек.""",
            ru="""### Исследуйте

**Ползунки** (slider) меняют толщину кронштейна, диаметр отверстий, расстояние между ними и высоту; деталь сразу
меняется в 3D-виде. Оранжевая прозрачная деталь — деталь по чертежу.

1. Двигайте ползунки по очереди: какой сильнее всего меняет массу? Почему?
2. Измените диаметр отверстий с 4,5 мм до 9 мм и запишите, как изменился объём. Два отверстия Ø4,5 мм
   вынимали 2 · 63,6 ≈ 127 мм³ (пример 1): сколько они вынимают теперь? Подтвердилось ли предсказание?
3. Совместите свою деталь с деталью по чертежу: в показаниях должны быть размеры 60 × 30 × 30 мм, три сквозных
   отверстия и 16,3 г.""",
            en="""### Explore

The **sliders** change the bracket's thickness, hole diameter, hole spacing and height; the part changes at once in
the 3D view. The see-through orange part is the drawing's.

1. Move the sliders one by one: which one changes the mass most? Why?
2. Change the hole diameter from 4.5 mm to 9 mm and write down how the volume changed. Two Ø4.5 mm holes took
   out 2 · 63.6 ≈ 127 mm³ (example 1): how much do they take out now? Was your prediction right?
3. Make your part match the drawing's exactly: the readout must show 60 × 30 × 30 mm, three through-holes and
   16.3 g."""),
        a.misconception(
            kk="""### Дұрыс па?

Бекзат былай дейді: «Менің кронштейнімнің массасы сызбадағыдан 1 %-ға да ерекшеленбейді, демек бөлшек дұрыс».
Оның табанындағы тесіктер Ø4 мм және арақашықтығы 36 мм, ал сызбада Ø4,5 мм және 40 мм. Келісесіз бе? Төмендегі
ұяшық екі кронштейнді салыстырады. M4 бұрандасы Ø4 мм: оған ISO 273 бойынша кемінде Ø4,3 мм **өтпелі тесік**
(through-hole) керек, ал 36 мм қашықтықтағы тесіктер конвейердегі 40 мм тесіктерге түспейді.""",
            ru="""### Верно ли?

Бекзат говорит: «Масса моего кронштейна отличается от чертёжной меньше чем на 1 %, значит деталь правильная».
В его основании отверстия Ø4 мм на расстоянии 36 мм, а на чертеже Ø4,5 мм и 40 мм. Согласны? Ячейка ниже
сравнивает два кронштейна. Болт M4 — это Ø4 мм: ему по ISO 273 нужно **сквозное отверстие** (through-hole) не
меньше Ø4,3 мм, а отверстия на расстоянии 36 мм не совпадут с отверстиями конвейера через 40 мм.""",
            en="""### Is it true?

Bekzat says: "My bracket's mass differs from the drawing's by less than 1 %, so the part is right." His base has
Ø4 mm holes 36 mm apart; the drawing says Ø4.5 mm and 40 mm. Do you agree? The cell below compares the two
brackets. An M4 bolt is Ø4 mm: by ISO 273 it needs a **through-hole** of at least Ø4.3 mm, and holes 36 mm apart
miss the conveyor's holes 40 mm apart."""),
        a.code("""drawing = bracket.reference()
bekzat = bracket.bracket(hole=4, spacing=36)
difference = (drawing.mass() - bekzat.mass()) / drawing.mass() * 100
print(round(drawing.mass(), 2), "g;", round(bekzat.mass(), 2), "g;", round(difference, 2), "%")
print(bracket.hole_centres(60, 40), bracket.hole_centres(60, 36))""", role="misconception"),
        a.summary(
            kk="""## Қорытынды

* **Кронштейн** — датчикті немесе кабельді бекітетін бөлшек; оның **сызбасы** өлшемдерді береді.
* **Эскиз** → **созу** → біріктіру / ойып алу: көп бөлшек осылай жасалады.
* **Координаттар жүйесі**: x оңға, y алға, z жоғары, мм; үстел z = 0.
* Көлем формуламен де, модельмен де есептеледі; масса = көлем × тығыздық.
* **Өтпелі тесік** бұрандадан үлкен болуы керек; массасы бірдей бөлшектер әртүрлі болуы мүмкін.""",
            ru="""## Итоги

* **Кронштейн** — деталь, на которой крепят датчик или кабель; его **чертёж** задаёт размеры.
* **Эскиз** → **вытягивание** → объединение / вычитание: так строится большинство деталей.
* **Система координат**: x вправо, y вперёд, z вверх, мм; стол z = 0.
* Объём считается и по формуле, и по модели; масса = объём × плотность.
* **Сквозное отверстие** должно быть больше болта; детали с одинаковой массой могут быть разными.""",
            en="""## Summary

* A **bracket** is a part a sensor or a cable is fixed on; its **drawing** gives the dimensions.
* **Sketch** → **extrude** → join / cut: most parts are made this way.
* The **frame**: x right, y away, z up, mm; the bed is z = 0.
* The volume comes from a formula and from the model; mass = volume × density.
* A **through-hole** must be larger than its bolt; parts of the same mass can differ."""),
        a.reflection(
            kk="""## Рефлексия

1. Сіздің моделіңіз сызбамен бірден сәйкес келді ме? Қай өлшемді ең көп шатастырдыңыз және оны қалай таптыңыз?
2. Сөйлемді аяқтаңыз: «Тесіктің диаметрі екі есе өскенде, ол алып кететін көлем ... есе өседі, себебі ...».
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Совпала ли ваша модель с чертежом сразу? Какой размер вы чаще всего путали и как нашли ошибку?
2. Закончите предложение: «Когда диаметр отверстия растёт вдвое, вынимаемый объём растёт в ... раза, потому что ...».
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Did your model match the drawing at once? Which dimension did you mix up most, and how did you find it?
2. Finish the sentence: "When a hole's diameter doubles, the volume it takes out grows ... times, because ..."
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: checking like an inspector, and a light bracket ---------------------------------------------

LESSON_2_SETUP = """from curriculum.cad import box, circle, cylinder, extrude, load, rectangle, rounded_rectangle
from curriculum.check import check_part
from curriculum.i18n import pick
from curriculum.labs import bracket"""


def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_2_SETUP),
        a.hook(
            kk="""# Бекіту кронштейні, 2-сабақ. Инспектор сияқты тексеру және жеңіл кронштейн

Басып шығарылған кронштейнді конвейерден қайтарды: оның массасы дұрыс, бірақ бұранда тесікке кірмейді. Сапа бөлімінің
инспекторы бөлшекті таразымен емес, сызбамен тексереді: өлшемдерін өлшейді, бөлшекті ойша кесіп, тесіктердің
центрлері мен диаметрлерін, қабырғалардың қалыңдығын қарайды. Бүгін сіздің модельдеріңізді де солай тексеретін
құрал қолданасыз, содан кейін зауытқа жеңілірек кронштейн жобалайсыз.""",
            ru="""# Крепёжный кронштейн, урок 2. Проверка как у контролёра и лёгкий кронштейн

С линии вернули напечатанный кронштейн: масса у него правильная, но болт не входит в отверстие. Контролёр отдела
качества проверяет деталь не весами, а по чертежу: измеряет размеры, мысленно разрезает деталь и смотрит центры
и диаметры отверстий, толщину стенок. Сегодня вы воспользуетесь инструментом, который так же проверяет ваши модели,
а потом спроектируете для завода более лёгкий кронштейн.""",
            en="""# A mounting bracket, lesson 2. Checking like an inspector, and a light bracket

A printed bracket came back from the line: its mass is right, but the bolt does not go into the hole. The quality
department's inspector checks a part with its drawing, not with scales: measures the sizes, cuts the part in
thought and looks at the holes' centres and diameters and the walls' thickness. Today you use a tool that checks
your models the same way, then design a lighter bracket for the plant."""),
        a.text(
            kk="""## 1. Инспектор нені өлшейді

`check_part(бөлшек, сызбадағы_бөлшек, ...)` бөлшекті сызбадағы бөлшекпен салыстырып, әр тексерісті бөлек айтады:

* бөлшек бір **тұйық дене** (closed solid) ме: беті тесіксіз, бөлек бөліктерге бөлінбеген (принтер тек осындай
  бөлшекті баса алады);
* өлшемдері (± 0,2 мм) және координаттар жүйесіндегі орны (± 0,5 мм), көлемі (± 2 %);
* өтпелі тесіктер саны;
* **қимадағы** (cross-section) тесіктердің центрлері мен диаметрлері (± 0,1 мм): z = 2 мм биіктікте табанды,
  y = 28 мм-де қабырғаны кеседі;
* x = 5 мм қимадағы ең жұқа қабырға, бөлшектің басып шығаруға жарамдылығы (кемінде 0,8 мм қабырға) және сызбадағы
  бөлшекпен қаншалықты беттесетіні.

Бұрандамен тесіктің арасындағы **саңылау** (clearance) — тесіктің диаметрі мен бұранданың диаметрінің айырмасы:
M4 бұрандасы мен Ø4,5 мм тесік арасында 0,5 мм.""",
            ru="""## 1. Что измеряет контролёр

`check_part(деталь, деталь_по_чертежу, ...)` сравнивает деталь с деталью по чертежу и говорит о каждой проверке
отдельно:

* одно ли это **замкнутое тело** (closed solid): поверхность без дыр, деталь не распалась на части (принтер
  печатает только такую деталь);
* размеры (± 0,2 мм) и положение в системе координат (± 0,5 мм), объём (± 2 %);
* число сквозных отверстий;
* центры и диаметры отверстий в **сечениях** (cross-section) (± 0,1 мм): основание режется на высоте z = 2 мм,
  стенка — при y = 28 мм;
* самая тонкая стенка в сечении x = 5 мм, пригодность к печати (стенки не тоньше 0,8 мм) и насколько деталь
  совпадает с деталью по чертежу.

**Зазор** (clearance) между болтом и отверстием — разность диаметров отверстия и болта: у болта M4 в отверстии
Ø4,5 мм он 0,5 мм.""",
            en="""## 1. What an inspector measures

`check_part(part, drawing_part, ...)` compares a part with the drawing's part and reports on each check separately:

* is it one **closed solid**: a surface with no gaps, not fallen apart into pieces (a printer prints only such a
  part);
* its size (± 0.2 mm) and position in the frame (± 0.5 mm), its volume (± 2 %);
* the number of through-holes;
* the holes' centres and diameters in **cross-sections** (± 0.1 mm): the base is cut at the height z = 2 mm, the
  wall at y = 28 mm;
* the thinnest wall in the cross-section x = 5 mm, whether the part can be printed (walls of at least 0.8 mm), and
  how well it overlaps the drawing's part.

The **clearance** between a bolt and its hole is the hole's diameter less the bolt's: an M4 bolt in a Ø4.5 mm hole
has 0.5 mm."""),
        a.example(
            kk="""### 1-мысал: тесіктері тар кронштейн

Айгерім кронштейнді сызба бойынша модельдеді, бірақ табандағы тесіктерді бұранданың өзіндей, Ø4 мм етіп жасады.
Тексеріс не дейді? Ұяшықты іске қосыңыз: тоғыз тексерістің сегізі өтеді, ал қимадағы екі тесіктің диаметрі
сызбадағыдан 0,5 мм кіші. Тесіктер — бекітудің аса маңызды элементі (`critical=bracket.CRITICAL`): бұранда оларға
кірмейді, сондықтан инспектор кронштейнді жарамсыз деп таниды, ал бағасы — ұпайдың ең көбі төрттен бірі. Одан кейін `circle(4)` орнына `circle(4.5)` жазып,
тағы іске қосыңыз.""",
            ru="""### Пример 1: кронштейн с узкими отверстиями

Айгерим построила кронштейн по чертежу, но отверстия в основании сделала как у самого болта, Ø4 мм. Что скажет
проверка? Запустите ячейку: восемь из девяти проверок проходят, а диаметр двух отверстий в сечении на 0,5 мм
меньше чертёжного. Отверстия — критически важный элемент крепления (`critical=bracket.CRITICAL`): болт в них не
входит, поэтому контролёр бракует кронштейн, и оценка — не больше четверти баллов. Затем напишите `circle(4.5)` вместо `circle(4)` и
запустите снова.""",
            en="""### Example 1: a bracket with narrow holes

Aigerim modelled the bracket from the drawing but made the base's holes as wide as the bolt itself, Ø4 mm. What
does the check say? Run the cell: eight of the nine checks pass, and the two holes in the cross-section are 0.5 mm
narrower than drawn. The holes are a critical feature of the mounting (`critical=bracket.CRITICAL`): the bolts do not
go in, so the inspector rejects the bracket, and the grade is at most a quarter of the points. Then write `circle(4.5)` instead of `circle(4)`
and run it again."""),
        a.code("""L, W, t, H = 60, 30, 4, 30
outline = rounded_rectangle(L, W, 5, center=False) + rectangle(L, W - 5, center=False).move(y=5)
for x in bracket.hole_centres(L, 40):
    outline = outline - circle(4).move(x=x, y=(W - t) / 2)
wall_hole = cylinder(5.5, t + 2).rotate(x=-90).move(x=L / 2, y=W - t - 1, z=20)
aigerim = extrude(outline, t) + box(L, t, H).move(y=W - t) - wall_hole
result = check_part(aigerim, bracket.reference(), sections=bracket.SECTIONS, walls=bracket.WALLS,
                    critical=bracket.CRITICAL)
print(round(result.score, 3))
print(result.message)""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Нұрлан қабырғаны табанның үстіне 1 мм жоғары қойды: «Бәрібір бір бөлшек болып көрінеді». Келісесіз бе? Төмендегі
ұяшық оның бөлшегін тексереді. Бір-біріне тимейтін екі дене — екі бөлек бөлшек: принтер оларды бөлек басады,
ал қабырға табанға бекімейді. Қабырға табанға тиіп тұруы керек (z = 0-ден басталады, немесе z = t-ден, бірақ
саңылаусыз).""",
            ru="""### Верно ли?

Нурлан поставил стенку на 1 мм выше основания: «Всё равно выглядит одной деталью». Согласны? Ячейка ниже проверяет
его деталь. Два тела, которые не касаются друг друга, — это две отдельные детали: принтер напечатает их отдельно, и
стенка не будет держаться на основании. Стенка должна касаться основания (начинаться с z = 0 или с z = t, но без
зазора).""",
            en="""### Is it true?

Nurlan put the wall 1 mm above the base: "It still looks like one part." Do you agree? The cell below checks his
part. Two solids that do not touch are two separate parts: the printer prints them apart, and the wall does not
hold on the base. The wall must touch the base (start at z = 0, or at z = t, but with no gap)."""),
        a.code("""outline = rounded_rectangle(L, W, 5, center=False) + rectangle(L, W - 5, center=False).move(y=5)
for x in bracket.hole_centres(L, 40):
    outline = outline - circle(4.5).move(x=x, y=(W - t) / 2)
nurlan = extrude(outline, t) + box(L, t, H - t).move(y=W - t, z=t + 1) - wall_hole
print(nurlan.bodies, pick({"kk": "дене", "ru": "тела", "en": "bodies"}))
print(check_part(nurlan).message)""", role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Сызбадағы кронштейннің массасы 16,3 г. Зауыт жеңілірек нұсқаны сұрайды: PLA-дан ең көбі 15 г. Бірақ тесіктер
M4 бұрандасына әлі де сай болуы (ISO 273 бойынша Ø4,3-тен Ø4,8 мм-ге дейін), арақашықтығы 40 мм, қабырғалар кемінде
3 мм, ал қабырға датчик үшін кемінде 26 мм биік болуы керек (зауыттың ойдан алынған талаптары). Қай жүгірткіні
қозғалтуға болады, қайсысын болмайды? Бағалаңыз: қалыңдықтың 1 мм-і шамамен неше грамм береді?""",
            ru="""### Сначала предскажите

Кронштейн по чертежу весит 16,3 г. Завод просит вариант полегче: не больше 15 г PLA. Но отверстия должны по-прежнему
подходить для болта M4 (по ISO 273 от Ø4,3 до Ø4,8 мм), стоять на расстоянии 40 мм, стенки должны быть не тоньше
3 мм, а стенка для датчика — не ниже 26 мм (условные требования завода). Какой ползунок можно двигать, а какой
нельзя? Оцените: сколько примерно граммов даёт 1 мм толщины?""",
            en="""### Predict first

The drawing's bracket weighs 16.3 g. The plant asks for a lighter one: at most 15 g of PLA. But the holes must still
take the M4 bolts (Ø4.3 to Ø4.8 mm by ISO 273) 40 mm apart, the walls must be at least 3 mm thick, and the wall at
least 26 mm tall for the sensor (the plant's requirements, made up). Which slider may you move, and which not?
Estimate: about how many grams does 1 mm of thickness cost?"""),
        a.design_lab("""bracket.make_lab("light")"""),
        a.text(
            kk="""### Жобалаңыз

Жүгірткілермен барлық талапқа сай кронштейнді табыңыз да, **Жобаны тексеру** батырмасын басыңыз. Бірнеше шешім бар:
қалыңдығы мен биіктігі әртүрлі екі шешім тауып, олардың массасын салыстырыңыз. Зертхана көрсеткен `design = {...}`
жолын дәптерге көшіріп алыңыз.""",
            ru="""### Спроектируйте

Найдите ползунками кронштейн, который выполняет все требования, и нажмите **Проверить проект**. Решений несколько:
найдите два с разной толщиной и высотой и сравните их массы. Перепишите в тетрадь строку `design = {...}`, которую
показывает лаборатория.""",
            en="""### Design

Find with the sliders a bracket that meets every requirement and press **Check the design**. There is more than one
answer: find two with different thickness and height and compare their masses. Copy the line `design = {...}` that
the lab shows into your notebook."""),
        a.text(
            kk="""## 2. Принтерге

`part.save("bracket.stl")` бөлшекті STL файлына миллиметрмен сақтайды; оны слайсер ашады (мысалы, Cura немесе
PrusaSlicer). Tinkercad немесе Onshape-та жасалған STL файлын `load("part.stl")` арқылы жүктеп, дәл осылай
тексеруге болады: төмендегі ұяшық Айгерімнің кронштейнін сақтап, қайта жүктейді де, тексереді.""",
            ru="""## 2. На принтер

`part.save("bracket.stl")` сохраняет деталь в STL-файл в миллиметрах; его открывает слайсер (например, Cura или
PrusaSlicer). STL-файл из Tinkercad или Onshape можно загрузить через `load("part.stl")` и проверить точно так же:
ячейка ниже сохраняет кронштейн Айгерим, загружает его снова и проверяет.""",
            en="""## 2. To the printer

`part.save("bracket.stl")` saves the part as an STL file in millimetres; a slicer opens it (Cura or PrusaSlicer,
for example). An STL file made in Tinkercad or Onshape can be read with `load("part.stl")` and checked the same
way: the cell below saves Aigerim's bracket, reads it back and checks it."""),
        a.code("""path = aigerim.save("bracket.stl")
again = load(path)
print(path, round(path.stat().st_size / 1024), "KB;", round(again.volume), pick({"kk": "мм³", "ru": "мм³", "en": "mm³"}))
print(check_part(again, bracket.reference(), sections=bracket.SECTIONS, walls=bracket.WALLS,
                 critical=bracket.CRITICAL).code)"""),
        a.summary(
            kk="""## Қорытынды

* Бөлшекті тексеру — массаны өлшеу ғана емес: өлшемдер, орны, **қимадағы** тесіктердің центрлері мен диаметрлері,
  қабырғалар, бір **тұйық дене**.
* **Саңылау** — тесік пен бұранданың диаметрлерінің айырмасы: M4 үшін Ø4,3-тен Ø4,8 мм-ге дейінгі **өтпелі тесік**.
* Жобалау — барлық талапты бір мезгілде орындау: жеңіл, бірақ берік және орнына келетін кронштейн.
* Дайын бөлшек STL файлына миллиметрмен сақталады және слайсерге беріледі.""",
            ru="""## Итоги

* Проверить деталь — это не только взвесить её: размеры, положение, стенки, одно **замкнутое тело**; каждое
  **сечение** показывает центры и диаметры отверстий.
* **Зазор** — разность диаметров отверстия и болта: для M4 **сквозное отверстие** от Ø4,3 до Ø4,8 мм.
* Проектировать — значит выполнить все требования сразу: кронштейн лёгкий, но прочный и встаёт на место.
* Готовую деталь сохраняют в STL-файл в миллиметрах и отдают слайсеру.""",
            en="""## Summary

* Checking a part is more than weighing it: sizes, position, the holes' centres and diameters in
  **cross-sections**, walls, one **closed solid**.
* The **clearance** is the hole's diameter less the bolt's: an M4 bolt takes a **through-hole** of Ø4.3 to Ø4.8 mm.
* Designing means meeting every requirement at once: a bracket that is light, yet strong, and fits.
* A finished part is saved as an STL file in millimetres and goes to the slicer."""),
        a.reflection(
            kk="""## Рефлексия

1. Жеңіл кронштейнде қай талапты орындау ең қиын болды және неге?
2. Айгерімнің кронштейні тоғыз тексерістің сегізінен өтті. Оны зауытқа беруге бола ма? Неге?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Какое требование к лёгкому кронштейну было труднее всего выполнить и почему?
2. Кронштейн Айгерим прошёл восемь проверок из девяти. Можно ли отдать его на завод? Почему?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Which requirement of the light bracket was the hardest to meet, and why?
2. Aigerim's bracket passed eight of the nine checks. May it go to the plant? Why?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """from curriculum.cad import box, circle, cylinder, extrude, rectangle, rounded_rectangle, load, merge
from curriculum.check import Section, advise, check_function, check_part, compare, require, rules
from curriculum.units import ureg
import sympy as sp
from curriculum.i18n import pick
DENSITY_PLA = 1.24 * ureg.gram / ureg.centimeter**3

# [kk] 3-тапсырманың формуласының әріптері
# [ru] буквы формулы задания 3
# [en] the letters of task 3's formula
L, W, t, d = sp.symbols("L W t d", positive=True)"""

BRACKET_SOLUTION = """L, W, t, H = 60, 30, 4, 30
outline = rounded_rectangle(L, W, 5, center=False) + rectangle(L, W - 5, center=False).move(y=5)
for x in hole_centres(L, 40):
    outline = outline - circle(4.5).move(x=x, y=(W - t) / 2)
base = extrude(outline, t)
wall = box(L, t, H).move(y=W - t)
wall_hole = cylinder(5.5, t + 2).rotate(x=-90).move(x=L / 2, y=W - t - 1, z=20)
bracket = base + wall - wall_hole"""


def assignment(meta: object) -> object:
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Бекіту кронштейні: тапсырма

Сызба бойынша кронштейнді модельдеп, оның көлемі мен массасын есептеңіз. Әр тапсырманың астындағы тест ұяшығын
іске қосыңыз: ол жауаптың түрін тексереді, ал ұпайды мұғалімнің жасырын тексерісі шешеді. Уақыты — 45 минут.""",
            ru="""# Крепёжный кронштейн: задание

Постройте кронштейн по чертежу и посчитайте его объём и массу. Запускайте ячейку с тестом под каждым заданием: она
проверяет вид ответа, а баллы решает скрытая проверка учителя. Время — 45 минут.""",
            en="""# A mounting bracket: assignment

Model the bracket from the drawing and compute its volume and mass. Run the test cell under each task: it checks
the form of your answer, and the teacher's hidden check decides the points. Time: 45 minutes."""),
        a.formula(DRAWING_TABLE),
        a.text(**LEGEND),
        a.text(**frame_text(gloss=True)),
        a.text(kk="## А бөлім. Көлем мен масса", ru="## Часть А. Объём и масса", en="## Part A. Volume and mass"),
        a.task(1, 1, "A",
               kk="""Өлшемі 60 × 30 × 4 мм тегіс пластинаның (тесіксіз, бұрыштары дөңгеленбеген) көлемін
см³-пен `plate_volume` айнымалысына pint шамасы ретінде жазыңыз (1 см = 10 мм). Жауаптың түрі:
`5 * ureg.centimeter**3` (бұл жауап емес).""",
               ru="""Запишите объём плоской пластины 60 × 30 × 4 мм (без отверстий и скруглений) в см³ в переменную
`plate_volume` как величину pint (1 см = 10 мм). Вид ответа: `5 * ureg.centimeter**3` (это не ответ).""",
               en="""Store the volume of a flat plate 60 × 30 × 4 mm (no holes, square corners) in cm³ in
`plate_volume`, as a pint quantity (1 cm = 10 mm). The form of the answer: `5 * ureg.centimeter**3` (not the
answer)."""),
        a.answer("plate-volume", "plate_volume = (60 * 30 * 4 * ureg.millimeter**3).to(ureg.centimeter**3)", hint={
            "kk": "plate_volume = ...  (pint шамасы, см³)", "ru": "plate_volume = ...  (величина pint в см³)",
            "en": "plate_volume = ...  (a pint quantity in cm³)"}),
        a.tests("plate-volume-test", 1, public="""require(compare(plate_volume, "cm^3", mode="dimension"))""",
                hidden="""require(compare(plate_volume, "7.2 cm^3", mode="units", rtol=0.01, rules=[rules.unit_not_converted("mm^3")]))"""),
        a.task(2, 1, "A",
               kk="""PLA пластигінің тығыздығы 1,24 г/см³ (`DENSITY_PLA`). Датчиктің қақпағының көлемі 12,5 см³. Оның
PLA-дан басылған массасын граммен `cover_mass` айнымалысына pint шамасы ретінде жазыңыз. Жауаптың түрі:
`3 * ureg.gram` (бұл жауап емес); 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Плотность пластика PLA 1,24 г/см³ (`DENSITY_PLA`). Объём крышки датчика 12,5 см³. Запишите её массу
при печати из PLA в граммах в переменную `cover_mass` как величину pint. Вид ответа: `3 * ureg.gram` (это не
ответ); принимается ответ с точностью до 1 %.""",
               en="""PLA plastic has a density of 1.24 g/cm³ (`DENSITY_PLA`). The sensor's cover has a volume of 12.5 cm³.
Store its mass printed in PLA, in grams, in `cover_mass`, as a pint quantity. The form of the answer:
`3 * ureg.gram` (not the answer); an answer within 1 % is accepted."""),
        a.answer("cover-mass", "cover_mass = (12.5 * ureg.centimeter**3 * DENSITY_PLA).to(ureg.gram)", hint={
            "kk": "cover_mass = ...  (pint шамасы, граммен)", "ru": "cover_mass = ...  (величина pint в граммах)",
            "en": "cover_mass = ...  (a pint quantity in g)"}),
        a.tests("cover-mass-test", 1, public="""require(compare(cover_mass, "g", mode="dimension"))""",
                hidden="""require(compare(cover_mass, "15.5 g", mode="units", rtol=0.01))"""),
        a.task(3, 1, "B",
               kk="""Бұрыштары дөңгеленбеген, ұзындығы $L$, ені $W$, қалыңдығы $t$ табанда диаметрі $d$ екі өтпелі
тесік бар. Табанның көлемін $L, W, t, d$ арқылы sympy өрнегі ретінде `V` айнымалысына жазыңыз (`sp.pi` — π саны).
Жауаптың түрі: `L * W - sp.pi * d` (бұл жауап емес).""",
               ru="""В основании длиной $L$, шириной $W$ и толщиной $t$ без скруглений есть два сквозных отверстия
диаметром $d$. Запишите объём основания через $L, W, t, d$ как выражение sympy в переменную `V` (`sp.pi` — число
π). Вид ответа: `L * W - sp.pi * d` (это не ответ).""",
               en="""A base of length $L$, width $W$ and thickness $t$, square corners, has two through-holes of diameter
$d$. Store its volume in terms of $L, W, t, d$ as a sympy expression in `V` (`sp.pi` is the number π). The form of
the answer: `L * W - sp.pi * d` (not the answer)."""),
        a.answer("base-volume", "V = L * W * t - 2 * sp.pi * (d / 2)**2 * t", hint={
            "kk": "V = ...  (L, W, t, d арқылы sympy өрнегі)", "ru": "V = ...  (выражение sympy от L, W, t, d)",
            "en": "V = ...  (a sympy expression in L, W, t, d)"}),
        a.tests("base-volume-test", 1, public="""assert isinstance(V, sp.Expr), pick({"kk": "V: sympy өрнегі", "ru": "V: выражение sympy", "en": "V: a sympy expression"})
assert {s.name for s in V.free_symbols} <= {"L", "W", "t", "d"}, "V(L, W, t, d)\"""",
                hidden="""_L, _W, _t, _d = sp.symbols("L W t d", positive=True)
require(compare(V, _L * _W * _t - 2 * sp.pi * (_d / 2)**2 * _t, rules=[rules.wrong_answer(_L * _W * _t - 2 * sp.pi * _d**2 * _t, code="diameter-as-radius", message={"kk": "Дөңгелектің ауданы πr², мұнда r = d/2 — радиус, диаметр емес.", "ru": "Площадь круга πr², где r = d/2 — радиус, а не диаметр.", "en": "The area of a circle is πr² with r = d/2, the radius, not the diameter."})]))"""),
        a.task(4, 1, "B",
               kk="""`mass_grams(volume_mm3, density)` функциясын жазыңыз: көлемі `volume_mm3` мм³, тығыздығы
`density` г/см³ материалдан басылған бөлшектің массасын граммен (кәдімгі сан) қайтарсын (1 см³ = 1000 мм³).
Мысалы, `mass_grams(2000, 1.5)` — `3.0`.""",
               ru="""Напишите функцию `mass_grams(volume_mm3, density)`: она возвращает массу в граммах (обычным числом)
детали объёмом `volume_mm3` мм³ из материала плотностью `density` г/см³ (1 см³ = 1000 мм³). Например,
`mass_grams(2000, 1.5)` даёт `3.0`.""",
               en="""Write the function `mass_grams(volume_mm3, density)`: it returns the mass in grams (a plain number)
of a part of `volume_mm3` mm³ made of a material of `density` g/cm³ (1 cm³ = 1000 mm³). For example,
`mass_grams(2000, 1.5)` gives `3.0`."""),
        a.answer("mass-grams", """def mass_grams(volume_mm3, density):
    return volume_mm3 / 1000 * density""", hint={
            "kk": "def mass_grams(volume_mm3, density): ... граммды қайтарады",
            "ru": "def mass_grams(volume_mm3, density): ... возвращает граммы",
            "en": "def mass_grams(volume_mm3, density): ... returns grams"}),
        a.tests("mass-grams-test", 1, public="""assert callable(mass_grams), "def mass_grams(volume_mm3, density): ..."
assert abs(mass_grams(2000, 1.5) - 3.0) < 1e-9, "mass_grams(2000, 1.5) == 3.0\"""",
                hidden="""from curriculum.labs import bracket as _lab
require(check_function(mass_grams, _lab.mass_grams, inputs=[(13126.8, 1.24), (7200, 1.24), (1000, 7.85), (0.5, 1.04), (250000, 1.27)], rtol=1e-9))"""),
        a.text(kk="## Ә бөлім. Кронштейннің моделі", ru="## Часть Б. Модель кронштейна",
               en="## Part B. The bracket's model"),
        a.task(5, 2, "B",
               kk="""`hole_centres(length, spacing)` функциясын жазыңыз: ол ұзындығы `length` табандағы, бір-бірінен
`spacing` қашықтықтағы, табан ортасына симметриялы екі тесік центрінің x координаталарын өсу ретімен тізім ретінде
қайтарады. Мысалы, `hole_centres(100, 60)` — `[20.0, 80.0]`.""",
               ru="""Напишите функцию `hole_centres(length, spacing)`: она возвращает списком по возрастанию координаты x
центров двух отверстий в основании длиной `length`, на расстоянии `spacing` друг от друга, симметрично
относительно середины основания. Например, `hole_centres(100, 60)` даёт `[20.0, 80.0]`.""",
               en="""Write the function `hole_centres(length, spacing)`: it returns, as a list in increasing order, the x
of the centres of the two holes in a base of `length`, `spacing` apart, symmetric about the middle of the base. For
example, `hole_centres(100, 60)` gives `[20.0, 80.0]`."""),
        a.answer("hole-centres", """def hole_centres(length, spacing):
    first = (length - spacing) / 2
    return [first, first + spacing]""", hint={
            "kk": "def hole_centres(length, spacing): ... [x1, x2] тізімін қайтарады",
            "ru": "def hole_centres(length, spacing): ... возвращает список [x1, x2]",
            "en": "def hole_centres(length, spacing): ... returns [x1, x2]"}),
        a.tests("hole-centres-test", 2, public="""assert callable(hole_centres), "def hole_centres(length, spacing): ..."
assert list(hole_centres(100, 60)) == [20.0, 80.0], "hole_centres(100, 60) == [20.0, 80.0]\"""",
                hidden="""from curriculum.labs import bracket as _lab
require(check_function(hole_centres, _lab.hole_centres, inputs=[(60, 40), (60, 36), (80, 50), (45.5, 20), (30, 0)], rtol=1e-9))"""),
        a.task(6, 4, "C",
               kk="""Сызба бойынша кронштейнді `bracket` айнымалысына модельдеңіз: табан (екі алдыңғы бұрышы
дөңгеленген, екі тесікпен), артқы жиектегі қабырға және қабырғадағы тесік. Бөлшек координаттар жүйесінде
сызбадағыдай тұруы керек. 5-тапсырмадағы функцияны пайдалана аласыз. Жауаптың түрі: `curriculum.cad` пакетімен
жасалған бөлшек, мысалы, `box(10, 10, 10)` (бұл жауап емес). Тексеріс бөлшекті инспектор сияқты өлшейді: бір тұтас
тұйық дене, өлшемдері (± 0,2 мм) мен орны (± 0,5 мм), көлемі (± 2 %), өтпелі тесіктер саны, қималардағы
тесіктердің центрі мен диаметрі (± 0,1 мм), қабырғаның қалыңдығы, басып шығаруға жарамдылығы және сызбамен
сәйкестігі. Әр тексеріс ұпайдың бірдей үлесі, бірақ тесіктер — бекітудің аса маңызды элементі: олар сызбаға сай
болмаса, бұранда орнына кірмейді, бөлшек жарамсыз деп танылады да, ұпайдың ең көбі төрттен бірін алады. Модельді `bracket.show()` арқылы айналдырып қараңыз.""",
               ru="""Постройте кронштейн по чертежу в переменной `bracket`: основание (с двумя скруглёнными передними углами
и двумя отверстиями), стенка у заднего края и отверстие в стенке. Деталь должна стоять в системе координат так, как
на чертеже. Можно пользоваться функцией из задания 5. Вид ответа: деталь, построенная с `curriculum.cad`, например
`box(10, 10, 10)` (это не ответ). Проверка измеряет деталь как контролёр: одно целое замкнутое тело, размеры
(± 0,2 мм) и положение (± 0,5 мм), объём (± 2 %), число сквозных отверстий, центры и диаметры отверстий в сечениях
(± 0,1 мм), толщину стенки, пригодность к печати и совпадение с чертежом. Каждая проверка — равная доля баллов, но отверстия —
критически важный элемент крепления: если они не как на чертеже, болт не встанет, деталь бракуется и получает не
больше четверти баллов. Поверните модель в `bracket.show()`.""",
               en="""Model the bracket of the drawing in `bracket`: the base (two rounded front corners, two holes), the wall
at the back edge and the hole in the wall. The part must sit in the frame as the drawing says. You may use your
function of task 5. The form of the answer: a part made with `curriculum.cad`, such as `box(10, 10, 10)` (not the
answer). The check measures the part like an inspector: one closed solid, size (± 0.2 mm) and position
(± 0.5 mm), volume (± 2 %), the number of through-holes, the centres and diameters of the holes in cross-sections
(± 0.1 mm), the wall's thickness, whether it can be printed, and how well it matches the drawing. Each check is an
equal share of the points, but the holes are a critical feature of the mounting: if they are not as drawn, the bolts
do not go in, the part is rejected and earns at most a quarter of the points. Turn your model with `bracket.show()`."""),
        a.answer("bracket", BRACKET_SOLUTION, hint={
            "kk": "bracket = ...  (curriculum.cad пакетімен жасалған бөлшек)",
            "ru": "bracket = ...  (деталь, построенная с curriculum.cad)",
            "en": "bracket = ...  (a part made with curriculum.cad)"}),
        a.tests("bracket-test", 4, public="""advise(check_part(bracket))""",
                hidden="""from curriculum.labs import bracket as _lab
require(check_part(bracket, _lab.reference(), sections=_lab.SECTIONS, walls=_lab.WALLS, critical=_lab.CRITICAL), points=4)"""),
        a.task(7, 3, "C", locked_id="mass-not-enough-prompt",
               kk="""Неге тек массаны тексеру жеткіліксіз? Біреудің кронштейнінде табандағы тесіктер Ø4 мм және
арақашықтығы 36 мм, ал сызбада Ø4,5 мм және 40 мм. Массалар бір-бірінен 1 %-дан аз ерекшеленеді. Мұндай кронштейн
конвейерге орнатыла ма? Бөлшекті тексергенде массадан басқа нені өлшеу керек? Екі-үш сөйлеммен түсіндіріңіз.""",
               ru="""Почему мало проверить массу? У кого-то в основании кронштейна отверстия Ø4 мм на расстоянии 36 мм, а
на чертеже Ø4,5 мм и 40 мм. Массы отличаются меньше чем на 1 %. Встанет ли такой кронштейн на конвейер? Что, кроме
массы, нужно измерить, проверяя деталь? Объясните в двух-трёх предложениях.""",
               en="""Why is checking the mass not enough? Someone's bracket has Ø4 mm holes 36 mm apart in its base; the
drawing says Ø4.5 mm and 40 mm. The masses differ by less than 1 %. Will this bracket go onto the conveyor? What
must be measured besides the mass when a part is checked? Explain in two or three sentences.""",
               rubric={
                   "kk": """* 1 ұпай: кронштейн орнатылмайды — M4 бұрандасы Ø4 мм тесікке еркін кірмейді, ал 36 мм
  арақашықтық конвейердегі 40 мм тесіктерге сәйкес келмейді.
* 1 ұпай: масса (көлем) пішінді сипаттамайды, әртүрлі бөлшектердің массасы бірдей болуы мүмкін.
* 1 ұпай: өлшемдерді, тесіктердің орны мен диаметрін (қималарда), қабырға қалыңдығын тексеру керек екенін атайды.""",
                   "ru": """* 1 балл: кронштейн не встанет — болт M4 не пройдёт свободно в отверстие Ø4 мм, а расстояние
  36 мм не совпадёт с отверстиями 40 мм на конвейере.
* 1 балл: масса (объём) не описывает форму, у разных деталей масса может быть одинаковой.
* 1 балл: называет, что нужно проверять размеры, положение и диаметр отверстий (в сечениях), толщину стенки.""",
                   "en": """* 1 point: it will not fit: an M4 bolt does not pass freely through a Ø4 mm hole, and holes
  36 mm apart do not meet holes 40 mm apart on the conveyor.
* 1 point: the mass (volume) does not describe the shape; different parts can have the same mass.
* 1 point: names what to check: sizes, the positions and diameters of the holes (in cross-sections), the wall
  thickness."""}),
        a.written("mass-not-enough", 3, """**Model answer (en).** The bracket will not fit: an M4 bolt needs a clearance hole
(4.5 mm), and holes 36 mm apart miss the conveyor's holes 40 mm apart. Mass only tells the amount of material, not
where it is: two different parts can weigh the same. So an inspector measures the sizes, the holes' positions and
diameters (in cross-sections through the part) and the wall thickness.

**Үлгі жауап (kk).** Кронштейн орнатылмайды: M4 бұрандасына саңылауы бар тесік (4,5 мм) керек, ал 36 мм
қашықтықтағы тесіктер конвейердегі 40 мм тесіктерге түспейді. Масса тек материалдың мөлшерін айтады, оның қайда
екенін айтпайды: екі түрлі бөлшектің салмағы бірдей болуы мүмкін. Сондықтан инспектор өлшемдерді, тесіктердің орны
мен диаметрін (бөлшектің қималарында) және қабырғаның қалыңдығын өлшейді.

**Образец ответа (ru).** Кронштейн не встанет: болту M4 нужно отверстие с зазором (4,5 мм), а отверстия на
расстоянии 36 мм не совпадут с отверстиями конвейера через 40 мм. Масса говорит только о количестве материала, но
не о том, где он: две разные детали могут весить одинаково. Поэтому контролёр измеряет размеры, положение и диаметр
отверстий (в сечениях детали) и толщину стенки."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "bracket.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
