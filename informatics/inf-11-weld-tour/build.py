"""Writes inf-11-weld-tour's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-11-weld-tour/build.py
    .venv/bin/python -m curriculum release

(``tests/test_standard.py`` checks that the committed notebooks are what this writes). Every number a student sees
is a given of the tasks or comes from the lab's model (``curriculum.labs.weld_tour``); the module's test
(``tests/modules/test_inf_11_weld_tour.py``) pins each one to the model.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import sympy as sp

from curriculum import authoring as a
from curriculum.check import fingerprint, rules
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "inf-11-weld-tour"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """import math
from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import weld_tour
from curriculum.labs.weld_tour import SPOTS"""

SPOTS_TEXT = """SPOTS = [(0, 0),
         (700, 620), (820, 390), (1090, 230), (1250, 550), (760, 310), (1370, 470),
         (380, 680), (640, 150), (210, 100), (110, 640), (1320, 300), (1080, 640)]"""
"""The panel's spots (``weld_tour.SPOTS``) as the assignment's setup cell writes them."""

TOUR_LENGTH = """def tour_length(spots, tour):
    total = 0
    for k in range(len(tour)):
        here = spots[tour[k]]
        there = spots[tour[(k + 1) % len(tour)]]
        total = total + math.dist(here, there)
    return total"""

NEAREST = """def nearest_neighbour(spots):
    tour = [0]
    left = list(range(1, len(spots)))
    while left:
        here = spots[tour[-1]]
        best = left[0]
        for k in left:
            if math.dist(here, spots[k]) < math.dist(here, spots[best]):
                best = k
        tour.append(best)
        left.remove(best)
    return tour"""

TWO_OPT = """def change(spots, tour, i, j):
    n = len(tour)
    a, b = spots[tour[i]], spots[tour[i + 1]]
    c, d = spots[tour[j]], spots[tour[(j + 1) % n]]
    return math.dist(a, c) + math.dist(b, d) - math.dist(a, b) - math.dist(c, d)


def two_opt(spots, tour):
    # [kk] көшірме: аргумент өзгермейді
    # [ru] копия: аргумент не меняется
    # [en] a copy: the argument stays as it was
    tour = list(tour)
    improved = True
    while improved:
        improved = False
        for i in range(len(tour) - 1):
            for j in range(i + 1, len(tour)):
                if change(spots, tour, i, j) < -1e-9:
                    tour = tour[:i + 1] + tour[i + 1:j + 1][::-1] + tour[j + 1:]
                    improved = True
                    # [kk] маршрут өзгерді: басынан қайта іздейміз
                    # [ru] маршрут изменился: ищем снова с начала
                    # [en] the tour has changed: look again from the start
                    break
            if improved:
                break
    return tour"""


# -- lesson 1: a tour, its length and nearest neighbour ------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Дәнекерлеу роботының маршруты, 1-сабақ. Маршрут, оның ұзындығы және ең жақын көрші әдісі

**Дәнекерлеу цехында** (body shop) робот әр автомобильдің бүйір панеліне 12 **дәнекерлеу нүктесін** (weld spot)
салады. Ол бастапқы позициядан шығады, әр нүктеде дәнекерлеу қысқышын жауып, тоқ береді де, келесі нүктеге
өтеді, соңында бастапқы позицияға қайтады. Робот нүктелерді сызбадағы нөмірлер ретімен аралайды: бір панельге
35,1 с кетеді. Ол әр автомобильдің сол және оң панельдерін дәнекерлейді, яғни 70,2 с, ал желінің такт уақыты —
67,5 с. Робот үлгермейді, бүкіл желі оны күтеді! Жаңа робот сатып алмай-ақ, нүктелерді басқа ретпен аралап
көрейік. Бүгін маршруттың ұзындығын есептеуді және алғашқы жақсы маршрутты табуды үйренеміз. (Модульдегі
нүктелер мен уақыттар ойдан алынған, бірақ шындыққа жақын.)""",
            ru="""# Маршрут сварочного робота, урок 1. Маршрут, его длина и метод ближайшего соседа

В **сварочном цехе** (body shop) робот ставит на боковину каждого автомобиля 12 **сварочных точек** (weld spot).
Он выходит из исходной позиции, в каждой точке сжимает клещи и даёт ток, переходит к следующей точке, а в конце
возвращается в исходную позицию. Робот обходит точки в порядке их номеров на чертеже: на одну панель уходит 35,1 с.
Он сваривает левую и правую боковины каждого автомобиля, то есть 70,2 с, а время такта линии — 67,5 с. Робот не
успевает, и вся линия ждёт его! Попробуем, не покупая нового робота, обходить точки в другом порядке. Сегодня мы
научимся считать длину маршрута и найдём первый хороший маршрут. (Точки и времена в модуле вымышлены, но
правдоподобны.)""",
            en="""# The welding robot's tour, lesson 1. A tour, its length and the nearest neighbour method

In the **body shop** a robot places 12 **weld spots** on the side panel of every car. It leaves its home
position, closes its welding gun at each spot and sends the current through, moves on to the next spot, and at the
end returns home. The robot visits the spots in the order of their numbers on the drawing: one panel takes 35.1 s.
It welds the left and the right side panel of every car, so 70.2 s, while the line's takt time is 67.5 s. The robot
cannot keep up, and the whole line waits for it! Without buying a new robot, let us try visiting the spots in
another order. Today we learn to compute a tour's length and find a first good tour. (The spots and times in this
module are fictional but plausible.)"""),
        a.text(
            kk="""## 1. Нүктелер және маршрут

Нүктелер панельдің координаталар жүйесінде миллиметрмен берілген: `SPOTS[k]` — `k` нүктесінің `(x, y)`
координаталары. `SPOTS[0]` — роботтың бастапқы позициясы, 1-ден 12-ге дейінгілер — дәнекерлеу нүктелері.
**Маршрут** (tour) — нүктелер нөмірлерінің тізімі: ол 0-ден басталады және 0-ден 12-ге дейінгі әр нөмір онда
тура бір рет кездеседі. Роботқа үйретілген маршрут — `[0, 1, 2, ..., 12]`.

Екі нүктенің арақашықтығы Пифагор теоремасы бойынша табылады: $d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$, Python-да
`math.dist(p, q)`. **Маршрут ұзындығы** — көршілес нүктелер арақашықтықтарының қосындысы, оған **соңғы нүктеден
бастапқы позицияға қайту** да кіреді: робот келесі панельді бастапқы позициядан бастайды.""",
            ru="""## 1. Точки и маршрут

Точки заданы в миллиметрах в системе координат панели: `SPOTS[k]` — координаты `(x, y)` точки `k`. `SPOTS[0]` —
исходная позиция робота, точки с 1 по 12 — сварочные точки. **Маршрут** (tour) — список номеров точек: он
начинается с 0, и каждый номер от 0 до 12 встречается в нём ровно один раз. Маршрут, которому обучен робот, —
`[0, 1, 2, ..., 12]`.

Расстояние между двумя точками находим по теореме Пифагора: $d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$, в Python —
`math.dist(p, q)`. **Длина маршрута** — сумма расстояний между соседними точками маршрута, и в неё входит
**возвращение из последней точки в исходную позицию**: следующую панель робот начинает из исходной позиции.""",
            en="""## 1. Spots and a tour

The spots are given in millimetres in the panel's coordinate system: `SPOTS[k]` holds the `(x, y)` coordinates of
spot `k`. `SPOTS[0]` is the robot's home position, spots 1 to 12 are the weld spots. A **tour** is a list of spot
numbers: it starts with 0, and every number from 0 to 12 appears in it exactly once. The tour the robot was taught
is `[0, 1, 2, ..., 12]`.

The distance between two spots follows from Pythagoras' theorem: $d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$, in
Python `math.dist(p, q)`. The **tour length** is the sum of the distances between neighbouring spots of the tour,
and it includes **the return from the last spot to the home position**: the robot starts the next panel from
home."""),
        a.example(
            kk="""### 1-мысал. Үйретілген маршруттың ұзындығы және роботтың уақыты

`k` индексі маршрут бойымен жүреді; `(k + 1) % len(tour)` соңғы нүктеден кейін 0-ге, яғни бастапқы позицияға
оралады. Үйретілген маршрут 8555,3 мм. Робот нүктелер арасында орта есеппен 500 мм/с жылдамдықпен қозғалады
және әр нүктеде 1,5 с тұрады (қысқыш жабылады, дәнекерлейді, ашылады): бір панельге 8555,3 / 500 + 12 · 1,5 =
35,1 с, бір автомобильге 70,2 с.""",
            ru="""### Пример 1. Длина обученного маршрута и время робота

Индекс `k` идёт по маршруту; `(k + 1) % len(tour)` после последней точки возвращается к 0, то есть в исходную
позицию. Обученный маршрут — 8555,3 мм. Между точками робот движется со средней скоростью 500 мм/с и в каждой точке
стоит 1,5 с (клещи сжимаются, сваривают, разжимаются): на одну панель 8555,3 / 500 + 12 · 1,5 = 35,1 с, на
автомобиль 70,2 с.""",
            en="""### Example 1. The taught tour's length and the robot's time

The index `k` walks along the tour; after the last spot, `(k + 1) % len(tour)` goes back to 0, the home position.
The taught tour is 8555.3 mm long. Between spots the robot moves at 500 mm/s on average and stands 1.5 s at each
spot (the gun closes, welds and opens): one panel takes 8555.3 / 500 + 12 · 1.5 = 35.1 s, one car 70.2 s."""),
        a.code(TOUR_LENGTH + """


taught = list(range(13))
length = tour_length(SPOTS, taught)
panel_time = length * ureg.mm / (500 * ureg.mm / ureg.s) + 12 * 1.5 * ureg.s
print(taught)
print(round(length, 1), round(panel_time, 1), round(2 * panel_time, 1))
# [kk] зертхананың моделі де дәл осыны береді:
# [ru] модель лаборатории даёт то же:
# [en] the lab's model gives the same:
print(weld_tour.tour_length(SPOTS, taught), weld_tour.car_time(length))""", role="example"),
        a.text(
            kk="""## 2. Маршруттар қанша?

Ең қысқа маршрутты табудың ең қарапайым жолы — барлық маршрутты тексеру (**толық іріктеу**, exhaustive search).
0-ден кейін 12 нүктені кез келген ретпен қоюға болады: $12!$ тәсілмен. Бір маршрут пен оның кері бағыттағы нұсқасының
ұзындығы бірдей, сондықтан әртүрлі маршруттар $\\frac{12!}{2} = 239\\,500\\,800$. Секундына миллиард маршрут
тексеретін компьютер оларды бір секундқа жетпей тексереді. Ал есік панелінде немесе бүкіл шанақтың бүйірінде 60
нүкте болса, маршруттар $\\frac{60!}{2} \\approx 4{,}2 \\cdot 10^{81}$ болады: ол компьютерге шамамен $1{,}3 \\cdot
10^{65}$ жыл керек. Сондықтан жылдам және жеткілікті жақсы маршрут беретін әдістер қолданылады.""",
            ru="""## 2. Сколько всего маршрутов?

Самый простой способ найти кратчайший маршрут — проверить все маршруты (**полный перебор**, exhaustive search).
После 0 все 12 точек можно поставить в любом порядке: $12!$ способами. У маршрута и того же маршрута в обратную
сторону одна длина, поэтому различных маршрутов $\\frac{12!}{2} = 239\\,500\\,800$. Компьютер, проверяющий миллиард
маршрутов в секунду, справится меньше чем за секунду. А если на двери или на всей боковине кузова 60 точек,
маршрутов $\\frac{60!}{2} \\approx 4{,}2 \\cdot 10^{81}$: тому же компьютеру нужно около $1{,}3 \\cdot 10^{65}$ лет.
Поэтому применяют методы, которые быстро дают достаточно хороший маршрут.""",
            en="""## 2. How many tours are there?

The simplest way to find the shortest tour is to try every tour (**exhaustive search**). After 0 the 12 spots
can come in any order: $12!$ ways. A tour and the same tour driven backwards have the same length, so there are
$\\frac{12!}{2} = 239\\,500\\,800$ different tours. A computer that checks a billion tours a second needs less than
a second. But with 60 spots on a door or a whole body side there are $\\frac{60!}{2} \\approx 4.2 \\cdot 10^{81}$
tours: the same computer would need about $1.3 \\cdot 10^{65}$ years. So we use methods that quickly give a tour
that is good enough."""),
        a.text(
            kk="""## 3. Ең жақын көрші әдісі

**Ең жақын көрші әдісі** (nearest neighbour) бастапқы позициядан шығып, әр жолы әлі бармаған нүктелердің ең
жақынына барады. Әр қадамда ол қазір ең жақсы көрінетінін таңдайды және кейін ойланбайды: мұндай алгоритмді
**ашкөз алгоритм** (greedy algorithm) дейді. Екі нүкте бірдей жақын болса, нөмірі кішісін аламыз: әйтпесе екі
бағдарлама бір нүктелерден әртүрлі маршрут береді, ал оларды салыстыру мүмкін болмайды.""",
            ru="""## 3. Метод ближайшего соседа

**Метод ближайшего соседа** (nearest neighbour) выходит из исходной позиции и каждый раз идёт в ближайшую из ещё
не посещённых точек. На каждом шаге он выбирает то, что сейчас выглядит лучше всего, и не думает о дальнейшем:
такой алгоритм называют **жадным алгоритмом** (greedy algorithm). Если две точки одинаково близки, берём точку с
меньшим номером: иначе две программы дадут по одним и тем же точкам разные маршруты, и сравнить их не получится.""",
            en="""## 3. The nearest neighbour method

The **nearest neighbour** method leaves the home position and each time goes to the nearest spot not visited yet.
At each step it takes what looks best right now and never thinks ahead: such an algorithm is called a **greedy
algorithm**. When two spots are equally near, we take the one with the lower number: otherwise two programs would
give different tours for the same spots, and we could not compare them."""),
        a.example(
            kk="""### 2-мысал. Ең жақын көрші маршруты

`min` пен `<` теңдікте бірінші табылғанын қалдырады, ал `left` тізімі нөмірлердің өсу ретімен жүреді: теңдікте
нөмірі кіші нүкте таңдалады. Маршрут 4661,6 мм: үйретілгенінен әлдеқайда қысқа. Роботқа бір панельге 27,3 с,
автомобильге 54,6 с керек: такт уақытына сыяды.""",
            ru="""### Пример 2. Маршрут ближайшего соседа

При равенстве `<` оставляет найденную раньше точку, а список `left` идёт по возрастанию номеров: из равных
выбирается точка с меньшим номером. Маршрут — 4661,6 мм: намного короче обученного. Роботу нужно 27,3 с на панель,
54,6 с на автомобиль: это укладывается во время такта.""",
            en="""### Example 2. The nearest neighbour tour

On a tie, `<` keeps the spot found first, and the list `left` goes in increasing numbers: of equal spots the one
with the lower number is chosen. The tour is 4661.6 mm: far shorter than the taught one. The robot needs 27.3 s
per panel, 54.6 s per car: that fits the takt time."""),
        a.code(NEAREST + """


nn = nearest_neighbour(SPOTS)
print(nn)
print(round(tour_length(SPOTS, nn), 1), round(weld_tour.robot_time(tour_length(SPOTS, nn)), 1))
print(weld_tour.nearest_neighbour(SPOTS) == nn)""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Айгерім маршрут ұзындығын `for k in range(len(tour) - 1)` циклімен есептеп, 3547,6 мм алды да: «Ең жақын көрші
маршруты одан да қысқа екен!» — деп қуанды. Төмендегі ұяшықты іске қосыңыз. Айгерімнің санында қай қашықтық
жоқ? Роботқа оны жүріп өту керек пе?""",
            ru="""### Верно ли?

Айгерим посчитала длину маршрута циклом `for k in range(len(tour) - 1)`, получила 3547,6 мм и обрадовалась:
«Маршрут ближайшего соседа ещё короче!» Запустите ячейку ниже. Какого расстояния нет в числе Айгерим? Должен ли
робот его проехать?""",
            en="""### Is it true?

Aigerim computed the tour length with the loop `for k in range(len(tour) - 1)`, got 3547.6 mm and was glad: "The
nearest neighbour tour is even shorter!" Run the cell below. Which distance is missing from Aigerim's number? Does
the robot have to drive it?"""),
        a.code("""open_path = 0
for k in range(len(nn) - 1):
    open_path = open_path + math.dist(SPOTS[nn[k]], SPOTS[nn[k + 1]])
back_home = math.dist(SPOTS[nn[-1]], SPOTS[0])
print(round(open_path, 1), round(back_home, 1), round(open_path + back_home, 1))""", role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана нүктелерді, бастапқы позицияны және маршрутты панельдің суретінде көрсетеді. Батырманы баспас бұрын
ойланыңыз: ең жақын көрші маршруты ең қысқа маршрут па? Егер жоқ болса, оның қай жері ысырапшыл болады — ұзын
қайту жолы ма, әлде бір-бірін қиып өтетін қырлар ма? Жауабыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория показывает точки, исходную позицию и маршрут на рисунке панели. Прежде чем нажать кнопку, подумайте:
маршрут ближайшего соседа — самый короткий? Если нет, где в нём будут лишние миллиметры — на длинном пути домой
или на пересекающихся рёбрах? Запишите ответ в тетрадь.""",
            en="""### Predict first

The lab shows the spots, the home position and the tour on a picture of the panel. Before you press the button,
think: is the nearest neighbour tour the shortest? If not, where will it waste millimetres: on a long way home, or
on edges that cross each other? Write your answer down."""),
        a.lab("""lab = weld_tour.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. Үйретілген маршрут `0 1 2 ... 12` қорапшасында тұр. Оның суретіне қараңыз: қырлар неше рет қиылысады?
2. «Ең жақын көрші маршруты» батырмасын басыңыз. Маршрут ұзындығы мен роботтың уақыты қалай өзгерді? Болжамыңыз
   расталды ма?
3. Қорапшадағы ретті өзіңіз өзгертіп көріңіз: бір нүктені екі рет жазыңыз, бір нүктені өшіріңіз, маршрутты 5-тен
   бастаңыз. Зертхана не дейді?
4. Ең жақын көрші маршрутынан қысқа маршрут табуға тырысыңыз (ретті қолмен өзгертіңіз).""",
            ru="""### Исследуйте

1. В поле стоит обученный маршрут `0 1 2 ... 12`. Посмотрите на его рисунок: сколько раз пересекаются рёбра?
2. Нажмите кнопку «Маршрут ближайшего соседа». Как изменились длина маршрута и время робота? Подтвердилось ли
   предсказание?
3. Измените порядок в поле сами: напишите одну точку дважды, сотрите одну точку, начните маршрут с 5. Что говорит
   лаборатория?
4. Попробуйте найти маршрут короче маршрута ближайшего соседа (меняя порядок вручную).""",
            en="""### Explore

1. The box holds the taught tour `0 1 2 ... 12`. Look at its picture: how many times do its edges cross?
2. Press the button "Nearest neighbour tour". How did the tour length and the robot's time change? Was your
   prediction right?
3. Change the order in the box yourself: write one spot twice, delete one spot, start the tour at 5. What does the
   lab say?
4. Try to find a tour shorter than the nearest neighbour tour (change the order by hand)."""),
        a.summary(
            kk="""## Қорытынды

* Робот әр дәнекерлеу нүктесіне бір рет барады. **Маршрут** — 0-ден (бастапқы позициядан) басталатын, әр нүкте
  тура бір рет кездесетін нөмірлер тізімі. Үйреншікті қателер: бір нүкте екі рет, бір нүкте жоқ, маршрут 0-ден
  басталмайды.
* Маршрут ұзындығына соңғы нүктеден бастапқы позицияға қайту да кіреді: `(k + 1) % len(tour)`.
* Маршруттар саны $\\frac{(n-1)!}{2}$ өте жылдам өседі: 60 нүктеде **толық іріктеу** мүмкін емес.
* **Ең жақын көрші әдісі** — **ашкөз алгоритм**: әр жолы ең жақын бармаған нүктеге барады (теңдікте нөмірі
  кішісіне). Ол жылдам және жақсы маршрут береді, бірақ ең қысқасын бермеуі мүмкін.""",
            ru="""## Итоги

* Каждая сварочная точка посещается один раз. **Маршрут** — список номеров, который начинается с 0 (исходной
  позиции) и в котором каждая точка встречается ровно один раз. Типичные ошибки: точка дважды, нет точки, маршрут
  начинается не с 0.
* В длину маршрута входит возвращение из последней точки в исходную позицию: `(k + 1) % len(tour)`.
* Число маршрутов $\\frac{(n-1)!}{2}$ растёт очень быстро: при 60 точках **полный перебор** невозможен.
* **Метод ближайшего соседа** — **жадный алгоритм**: каждый раз идёт в ближайшую непосещённую точку (при
  равенстве — с меньшим номером). Он быстро даёт хороший маршрут, но может не дать кратчайший.""",
            en="""## Summary

* The robot visits each weld spot once. A **tour** is a list of numbers that starts with 0 (the home position) and
  holds every spot exactly once. The usual mistakes: a spot twice, a spot missing, a tour that does not start
  with 0.
* The tour length includes the return from the last spot to the home position: `(k + 1) % len(tour)`.
* The number of tours, $\\frac{(n-1)!}{2}$, grows very fast: with 60 spots **exhaustive search** is impossible.
* The **nearest neighbour** method is a **greedy algorithm**: each time it goes to the nearest spot not visited
  (on a tie, to the lower number). It gives a good tour fast, but maybe not the shortest."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Ең жақын көрші әдісі ашкөз алгоритм, себебі ...».
2. Маршрут ұзындығын есептегенде ең оңай ұмытылатын не? Оны қалай тексересіз?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Метод ближайшего соседа — жадный алгоритм, потому что ...».
2. Что легче всего забыть, считая длину маршрута? Как вы это проверите?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "The nearest neighbour method is a greedy algorithm, because ..."
2. What is easiest to forget when computing a tour's length? How will you check it?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: 2-opt and the local optimum -------------------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Дәнекерлеу роботының маршруты, 2-сабақ. 2-opt әдісі және жергілікті оптимум

Ең жақын көрші маршруты роботты такт уақытына сыйғызды, бірақ оның суретінде бір-бірін қиып өтетін қырлар бар. Қиып
өтетін екі қыр әрқашан ысырап: үшбұрыш теңсіздігі бойынша оларды «шешсек», маршрут қысқарады. Бүгін осы ойдан
маршрутты жақсартатын әдіс құрамыз және бұл әдістің шегін көреміз.""",
            ru="""# Маршрут сварочного робота, урок 2. Метод 2-opt и локальный оптимум

Маршрут ближайшего соседа уложил робота во время такта, но на его рисунке есть пересекающиеся рёбра. Два
пересекающихся ребра — всегда лишние миллиметры: по неравенству треугольника, если их «распутать», маршрут станет
короче. Сегодня мы построим из этой мысли метод улучшения маршрута и увидим, где у него предел.""",
            en="""# The welding robot's tour, lesson 2. 2-opt and the local optimum

The nearest neighbour tour brought the robot within the takt time, but its picture has edges that cross. Two
crossing edges always waste millimetres: by the triangle inequality, untangling them makes the tour shorter. Today
we turn this idea into a method that improves a tour, and see where it stops."""),
        a.text(
            kk="""## 4. 2-opt қадамы

Маршруттан екі қырды алып тастаймыз: `a = tour[i]` нүктесінен `b = tour[i + 1]` нүктесіне баратын қырды және
`c = tour[j]` нүктесінен `d = tour[(j + 1) % n]` нүктесіне баратын қырды ($i < j$). Маршрут екі бөлікке бөлінеді;
оларды $a$–$c$ және $b$–$d$ жаңа қырларымен қосамыз. Сонда $b$-дан $c$-ға дейінгі бөлік кері бағытта жүріледі:
Python-да бұл `tour[:i + 1] + tour[i + 1:j + 1][::-1] + tour[j + 1:]`. Бастапқы позиция орнында қалады. Бұл —
**2-opt әдісінің** (2-opt) бір қадамы. Маршрут ұзындығы мына шамаға өзгереді:""",
            ru="""## 4. Ход 2-opt

Уберём из маршрута два ребра: ребро из `a = tour[i]` в `b = tour[i + 1]` и ребро из `c = tour[j]` в
`d = tour[(j + 1) % n]` ($i < j$). Маршрут распадается на две части; соединим их новыми рёбрами $a$–$c$ и $b$–$d$.
Тогда часть от $b$ до $c$ проходится в обратную сторону: в Python это
`tour[:i + 1] + tour[i + 1:j + 1][::-1] + tour[j + 1:]`. Исходная позиция остаётся на месте. Это один ход
**метода 2-opt** (2-opt). Длина маршрута меняется на""",
            en="""## 4. A 2-opt move

Remove two edges from the tour: the one from `a = tour[i]` to `b = tour[i + 1]` and the one from `c = tour[j]` to
`d = tour[(j + 1) % n]` ($i < j$). The tour falls into two pieces; join them with the new edges $a$–$c$ and
$b$–$d$. The piece from $b$ to $c$ is then driven backwards: in Python,
`tour[:i + 1] + tour[i + 1:j + 1][::-1] + tour[j + 1:]`. The home position stays in its place. This is one move
of **2-opt**. The tour's length changes by"""),
        a.formula(r"$$\Delta = d(a, c) + d(b, d) - d(a, b) - d(c, d)$$"),
        a.text(
            kk="""$\\Delta < 0$ болса, қадам маршрутты қысқартады. Мысалы, қырлар қиылысса, солай болады.""",
            ru="""Если $\\Delta < 0$, ход сокращает маршрут. Так бывает, например, когда рёбра пересекаются.""",
            en="""If $\\Delta < 0$, the move shortens the tour. That is so, for example, when the edges cross."""),
        a.example(
            kk="""### 3-мысал. Ең жақын көрші маршрутындағы бір қадам

Ең жақын көрші маршрутында $i = 1$, $j = 7$ қадамы 9–8 және 10–12 қырларын алып, 9–10 және 8–12 қырларын қосады:
$\\Delta = -195{,}2$ мм, маршрут 4466,5 мм болады.""",
            ru="""### Пример 3. Один ход на маршруте ближайшего соседа

На маршруте ближайшего соседа ход $i = 1$, $j = 7$ убирает рёбра 9–8 и 10–12 и добавляет 9–10 и 8–12:
$\\Delta = -195{,}2$ мм, маршрут становится 4466,5 мм.""",
            en="""### Example 3. One move on the nearest neighbour tour

On the nearest neighbour tour, the move $i = 1$, $j = 7$ removes the edges 9–8 and 10–12 and adds 9–10 and 8–12:
$\\Delta = -195.2$ mm, and the tour becomes 4466.5 mm."""),
        a.code("""nn = weld_tour.nearest_neighbour(SPOTS)
i, j = 1, 7
a, b, c, d = nn[i], nn[i + 1], nn[j], nn[(j + 1) % len(nn)]
delta = (math.dist(SPOTS[a], SPOTS[c]) + math.dist(SPOTS[b], SPOTS[d])
         - math.dist(SPOTS[a], SPOTS[b]) - math.dist(SPOTS[c], SPOTS[d]))
after = nn[:i + 1] + nn[i + 1:j + 1][::-1] + nn[j + 1:]
print((a, b), (c, d), round(delta, 1))
print(nn)
print(after, round(weld_tour.tour_length(SPOTS, after), 1))""", role="example"),
        a.text(
            kk="""## 5. 2-opt әдісі және жергілікті оптимум

2-opt әдісі маршрутты қысқартатын ($\\Delta < 0$) қадамды іздейді, оны жасайды және қайта іздейді, бірде-бір қадам
маршрутты қысқартпайтын болғанша. Әдіс міндетті түрде тоқтайды: әр қадам маршрутты қысқартады, ал маршруттар
саны шектеулі. Шарт қатаң болуы керек: $\\Delta \\le 0$ деп жазсаңыз, маршрутты өзгертпейтін қадам ($j = i + 1$,
$\\Delta = 0$) мәңгі қайталанады. Нақты сандардың дөңгелектеу қателері үшін $\\Delta < -10^{-9}$ деп жазамыз.

2-opt тоқтаған маршрут — **жергілікті оптимум** (local optimum): оны бір қадаммен жақсарту мүмкін емес. Бірақ
бұдан ол ең қысқа маршрут екені шықпайды.""",
            ru="""## 5. Метод 2-opt и локальный оптимум

Метод 2-opt ищет ход, который сокращает маршрут ($\\Delta < 0$), делает его и ищет снова, пока ни один ход не
сокращает маршрут. Метод обязательно останавливается: каждый ход сокращает маршрут, а маршрутов конечное число.
Условие должно быть строгим: если написать $\\Delta \\le 0$, ход, который не меняет маршрут ($j = i + 1$,
$\\Delta = 0$), будет повторяться бесконечно. Из-за ошибок округления вещественных чисел пишем $\\Delta < -10^{-9}$.

Маршрут, на котором 2-opt остановился, — **локальный оптимум** (local optimum): одним ходом его не улучшить. Но из
этого не следует, что он самый короткий.""",
            en="""## 5. 2-opt and the local optimum

2-opt looks for a move that shortens the tour ($\\Delta < 0$), makes it and looks again, until no move shortens
the tour. The method always stops: each move shortens the tour, and there are finitely many tours. The condition
must be strict: with $\\Delta \\le 0$, a move that leaves the tour as it is ($j = i + 1$, $\\Delta = 0$) repeats
for ever. Because of the rounding errors of floating-point numbers we write $\\Delta < -10^{-9}$.

The tour 2-opt stops at is a **local optimum**: no single move improves it. But that does not make it the shortest
tour."""),
        a.example(
            kk="""### 4-мысал. 2-opt екі бастапқы маршруттан

Төмендегі 2-opt өзі тапқан алғашқы қысқартатын қадамды жасайды. Ең жақын көрші маршрутынан ол 3827,3 мм маршрутта
тоқтайды, ал үйретілген маршруттан 3662,0 мм маршрутқа келеді. Екеуі де жергілікті оптимум, бірақ біріншісі
165,3 мм ұзынырақ. 2-opt қай жергілікті оптимумға келетіні бастапқы маршрутқа және қадамдарды іздеу ретіне
байланысты.""",
            ru="""### Пример 4. 2-opt из двух начальных маршрутов

2-opt ниже делает первый найденный ход, который сокращает маршрут. Из маршрута ближайшего соседа он
останавливается на маршруте 3827,3 мм, а из обученного маршрута приходит к маршруту 3662,0 мм. Оба — локальные
оптимумы, но первый длиннее на 165,3 мм. К какому локальному оптимуму придёт 2-opt, зависит от начального маршрута
и от порядка, в котором ищутся ходы.""",
            en="""### Example 4. 2-opt from two starting tours

The 2-opt below makes the first shortening move it finds. From the nearest neighbour tour it stops at a tour of
3827.3 mm, and from the taught tour it comes to a tour of 3662.0 mm. Both are local optima, but the first is
165.3 mm longer. Which local optimum 2-opt reaches depends on the starting tour and on the order in which it looks
for moves."""),
        a.code(TWO_OPT + """


for start in (nn, list(range(13))):
    better = two_opt(SPOTS, start)
    print(better, round(weld_tour.tour_length(SPOTS, better), 1), weld_tour.is_local_optimum(SPOTS, better))""",
               role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Ерлан былай дейді: «2-opt маршрутты қысқарта алмай тоқтады, демек бұл — ең қысқа маршрут». 4-мысалдың нәтижесіне
қараңыз. Келісесіз бе? Төмендегі ұяшық барлық маршрутты тексеретін дәл әдіспен ең қысқа маршрутты табады.""",
            ru="""### Верно ли?

Ерлан говорит: «2-opt не может сократить маршрут и остановился, значит, это самый короткий маршрут». Посмотрите на
результат примера 4. Согласны? Ячейка ниже находит кратчайший маршрут точным методом, который учитывает все
маршруты.""",
            en="""### Is it true?

Yerlan says: "2-opt cannot shorten the tour any more and stopped, so this is the shortest tour." Look at the result
of example 4. Do you agree? The cell below finds the shortest tour by an exact method that accounts for every
tour."""),
        a.code("""# [kk] Хелд–Карп әдісі: әр нүктелер жиыны мен соңғы нүкте үшін ең қысқа жол (динамикалық программалау)
# [ru] метод Хелда–Карпа: кратчайший путь для каждого множества точек и последней точки (динамическое программирование)
# [en] the Held-Karp method: the shortest path for every set of spots and last spot (dynamic programming)
from itertools import combinations

n = len(SPOTS)
best = {(1 << k, k): math.dist(SPOTS[0], SPOTS[k]) for k in range(1, n)}
for size in range(2, n):
    for chosen in combinations(range(1, n), size):
        bits = sum(1 << k for k in chosen)
        for k in chosen:
            best[bits, k] = min(best[bits ^ (1 << k), m] + math.dist(SPOTS[m], SPOTS[k]) for m in chosen if m != k)
full = (1 << n) - 2
print(round(min(best[full, k] + math.dist(SPOTS[k], SPOTS[0]) for k in range(1, n)), 1))""",
               role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Келесі зертханада ұзындығы 3700 мм-ден аспайтын маршрут құру керек. Бастамас бұрын бағалаңыз: ең жақын көрші
маршрутынан неше 2-opt қадамы керек болар? Роботтың бір автомобильге уақыты қандай болады және такт уақытына
қанша қор қалады?""",
            ru="""### Сначала оцените

В следующей лаборатории нужно построить маршрут длиной не больше 3700 мм. Прежде чем начать, оцените: сколько ходов
2-opt понадобится от маршрута ближайшего соседа? Каким будет время робота на автомобиль и какой запас останется до
времени такта?""",
            en="""### Estimate first

In the next lab you build a tour of at most 3700 mm. Before you start, estimate: how many 2-opt moves will it take
from the nearest neighbour tour? What will the robot's time per car be, and how much margin will be left to the
takt time?"""),
        a.design_lab("""design_lab = weld_tour.make_lab("short-tour")
design_lab"""),
        a.text(
            kk="""Жүгірткілермен екі қырды таңдаңыз: суретте алынатын қырлар қызыл, жаңалары жасыл үзік сызықпен көрінеді,
ал кестеде $\\Delta$ жазылады. $\\Delta < 0$ болса, «2-opt қадамын жасау» батырмасын басыңыз. Маршрут 3700
мм-ден қысқа болғанда, **Жобаны тексеру** батырмасын басыңыз. Жергілікті оптимумда тұрып қалсаңыз, не істейсіз?""",
            ru="""Выберите ползунками два ребра: на рисунке удаляемые рёбра видны красным, новые — зелёным пунктиром, а в
таблице написано $\\Delta$. Если $\\Delta < 0$, нажмите кнопку «Сделать ход 2-opt». Когда маршрут станет короче
3700 мм, нажмите **Проверить проект**. Что вы сделаете, если застрянете в локальном оптимуме?""",
            en="""Choose two edges with the sliders: the picture shows the edges removed in red and the new ones dashed in green,
and the table gives $\\Delta$. If $\\Delta < 0$, press the button "Make the 2-opt move". Once the tour is under
3700 mm, press **Check the design**. What will you do if you get stuck in a local optimum?"""),
        a.summary(
            kk="""## Қорытынды

* **2-opt әдісінің** қадамы екі қырды алып, маршрут бөлігін кері бағытта жүреді:
  `tour[:i + 1] + tour[i + 1:j + 1][::-1] + tour[j + 1:]`; ұзындық $\\Delta = d(a, c) + d(b, d) - d(a, b) -
  d(c, d)$ шамасына өзгереді.
* 2-opt $\\Delta < 0$ болатын қадамдарды бірде-бірі қалмағанша жасайды; шарт қатаң болмаса, әдіс тоқтамайды.
* 2-opt тоқтаған маршрут — **жергілікті оптимум**: оны бір қадаммен жақсартуға болмайды, бірақ одан қысқа маршрут
  болуы мүмкін (3827,3 мм және 3662,0 мм).
* **Ашкөз алгоритм** мен 2-opt бірге жылдам жақсы маршрут береді; ең қысқасына кепілдікті тек **толық
  іріктеу** немесе дәл әдіс береді, ал ол үлкен есептерде тым ұзақ.""",
            ru="""## Итоги

* **Метод 2-opt** делает ходы; ход убирает два ребра и проходит часть маршрута в обратную сторону:
  `tour[:i + 1] + tour[i + 1:j + 1][::-1] + tour[j + 1:]`; длина меняется на $\\Delta = d(a, c) + d(b, d) -
  d(a, b) - d(c, d)$.
* 2-opt делает ходы с $\\Delta < 0$, пока ни одного не останется; если условие не строгое, метод не
  останавливается.
* Маршрут, на котором 2-opt остановился, — **локальный оптимум**: одним ходом его не улучшить, но более короткий
  маршрут может быть (3827,3 мм и 3662,0 мм).
* **Жадный алгоритм** и 2-opt вместе быстро дают хороший маршрут; гарантию кратчайшего даёт только **полный
  перебор** или точный метод, а на больших задачах это слишком долго.""",
            en="""## Summary

* A move of **2-opt** removes two edges and drives a piece of the tour backwards:
  `tour[:i + 1] + tour[i + 1:j + 1][::-1] + tour[j + 1:]`; the length changes by $\\Delta = d(a, c) + d(b, d) -
  d(a, b) - d(c, d)$.
* 2-opt makes moves with $\\Delta < 0$ until none is left; with a condition that is not strict it never stops.
* The tour 2-opt stops at is a **local optimum**: no single move improves it, yet a shorter tour may exist
  (3827.3 mm and 3662.0 mm).
* A **greedy algorithm** and 2-opt together give a good tour fast; only **exhaustive search** or an exact method
  guarantees the shortest, and on big problems that takes far too long."""),
        a.reflection(
            kk="""## Рефлексия

1. 2-opt неге міндетті түрде тоқтайды? Өз сөзіңізбен түсіндіріңіз.
2. Жергілікті оптимумнан шығу үшін не істеуге болады?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Почему 2-opt обязательно останавливается? Объясните своими словами.
2. Что можно сделать, чтобы выбраться из локального оптимума?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Why does 2-opt always stop? Explain in your own words.
2. What could you do to get out of a local optimum?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = '''import math
import sympy as sp
from curriculum.units import ureg
from curriculum.check import (advise, check_design, check_function, compare, leaves_arguments_unchanged, require,
                              rules, self_check)
from curriculum.i18n import pick
from curriculum.labs.weld_tour import DESIGN_SPEC, design_result, make_lab

# [kk] бүйір панельдің нүктелері, мм: 0 — роботтың бастапқы позициясы, 1...12 — дәнекерлеу нүктелері
# [ru] точки боковины, мм: 0 — исходная позиция робота, 1...12 — сварочные точки
# [en] the side panel's spots, mm: 0 is the robot's home position, 1...12 are the weld spots
''' + SPOTS_TEXT + '''

# [kk] 2-opt қадамындағы арақашықтықтар: d_ab = d(a, b) және т.с.с.; оларға сан бермеңіз
# [ru] расстояния в ходе 2-opt: d_ab = d(a, b) и т. д.; не присваивайте им чисел
# [en] the distances of a 2-opt move: d_ab = d(a, b) and so on; do not give them numbers
d_ab, d_cd, d_ac, d_bd, d_ad, d_bc = sp.symbols("d_ab d_cd d_ac d_bd d_ad d_bc", positive=True)'''

LAB = "from curriculum.labs import weld_tour as _lab"


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    d_ab, d_cd, d_ac, d_bd = sp.symbols("d_ab d_cd d_ac d_bd", positive=True)
    saving = rules.wrong_answer(d_ab + d_cd - d_ac - d_bd, code="saving", message={
        "kk": "Сіз қысқаруды жаздыңыз (ескі мінус жаңа): Δ — жаңа ұзындық мінус ескі ұзындық.",
        "ru": "Вы записали сокращение (старое минус новое): Δ — новая длина минус старая.",
        "en": "You wrote the saving (old minus new): Δ is the new length minus the old one."})
    new_only = rules.wrong_answer(d_ac + d_bd, code="new-only", message={
        "kk": "Бұл — тек жаңа қырлардың ұзындығы: алынатын a–b және c–d қырларын шегеріңіз.",
        "ru": "Это только длина новых рёбер: вычтите удаляемые рёбра a–b и c–d.",
        "en": "That is the length of the new edges only: subtract the edges a–b and c–d that are removed."})
    return {"delta": fingerprint(d_ac + d_bd - d_ab - d_cd, mistakes=[saving, new_only], salt=salt("delta"))}


ASSIGNMENT_PLAN = [
    a.stage("Кіріспені, жауап жазу ережесін және бағалау критерийлерін оқу",
           "Чтение вступления, правил записи ответов и критериев оценивания",
           "Reading the introduction, how to write answers and the assessment criteria", 4),
    a.stage("1-тапсырма (A): бір панельге уақыт", "Задача 1 (A): время на одну панель", "Task 1 (A): the time for one panel", 5),
    a.stage("2-тапсырма (A): маршрут ұзындығының функциясы", "Задача 2 (A): функция длины маршрута",
           "Task 2 (A): the tour length's function", 4),
    a.stage("3-тапсырма (A): маршруттың дұрыстығы", "Задача 3 (A): проверка маршрута", "Task 3 (A): checking a tour", 5),
    a.stage("4-тапсырма (B): ең жақын көрші", "Задача 4 (B): ближайший сосед", "Task 4 (B): nearest neighbour", 6),
    a.stage("5-тапсырма (A): 2-opt қадамы ұзындықты қаншаға өзгертеді", "Задача 5 (A): на сколько ход 2-opt меняет длину",
           "Task 5 (A): how much a 2-opt move changes the length", 2),
    a.stage("6-тапсырма (B): 2-opt функциясы", "Задача 6 (B): функция 2-opt", "Task 6 (B): the 2-opt function", 9),
    a.saving_stage(2),
]
"""What a grade-11 class needs for the assignment in class, minute by minute. Before the timing pass all eight tasks
were meant for the lesson: about 53 minutes, the design and the written answer taking some 16 of them."""
ASSIGNMENT_HOME = [
    a.stage("7-тапсырма (C): зертханада қысқа маршрут", "Задача 7 (C): короткий маршрут в лаборатории",
           "Task 7 (C): a short tour in the lab", 6),
    a.stage("8-тапсырма (C): инженердің үш сұрағы", "Задача 8 (C): три вопроса инженера",
           "Task 8 (C): the engineer's three questions", 10),
]
ASSIGNMENT_PLAN_NOTE = {
    "kk": "7-тапсырма мен 8-тапсырманы оқушылар үйде орындап, жұмысты келесі сабаққа дейін тапсырады: 8-тапсырмадағы "
          "жауап 7-тапсырмадағы маршрутқа сүйенеді. Мұғалім 8-тапсырманы балл қою кестесі бойынша тексереді. Үлгерген "
          "оқушы 7-тапсырманы сабақта бастай алады.",
    "ru": "Задачу 7 и задачу 8 ученики выполняют дома и сдают работу до следующего урока: ответ в задаче 8 опирается на "
          "маршрут задачи 7. Учитель проверяет задачу 8 по схеме выставления баллов. Кто успел, может начать задачу 7 "
          "на уроке.",
    "en": "Pupils do task 7 and task 8 at home and hand the work in before the next lesson: task 8's answer builds on "
          "task 7's tour. The teacher marks task 8 by the mark scheme. Those who finish early may start task 7 in class.",
}


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Дәнекерлеу роботының маршруты: ұзындық, ең жақын көрші және 2-opt

Дәнекерлеу цехының роботы бүйір панельге 12 нүкте салады. Бірінші код ұяшығындағы `SPOTS` — нүктелердің
координаталары, мм: `SPOTS[0]` — роботтың бастапқы позициясы (нүктелер ойдан алынған, бірақ шындыққа жақын).
Маршрут — 0-ден басталатын және 0-ден `n - 1`-ге дейінгі әр нөмір тура бір рет кездесетін тізім (`n` — нүктелер
саны, бастапқы позициямен бірге); оның ұзындығына соңғы нүктеден бастапқы позицияға қайту да кіреді. Бұл
тапсырмада сіз роботтың уақытын есептейсіз, маршрут ұзындығын, маршруттың дұрыстығын, ең жақын көрші маршрутын
және 2-opt әдісін іске асыратын функциялар жазасыз, зертханада қысқа маршрут құрасыз. Уақыты — сабақта 45 минут,
ал 7-тапсырма мен 8-тапсырма — үйге.

**Жауапты қалай жазу керек.** Функцияларды тапсырмада көрсетілген атпен және аргументтермен жазыңыз; олар
аргументтерін (`spots`, `tour` тізімдерін) өзгертпеуі керек. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз:
ол жауаптың түрін тексереді, ал бағаны жасырын тесттер көптеген кездейсоқ нүктелер жиынында қояды және функция
қателесетін ең кіші мысалды көрсетеді. Мәңгі жүретін цикл тек сол тапсырманың ұпайын алады.""",
            ru="""# Маршрут сварочного робота: длина, ближайший сосед и 2-opt

Робот сварочного цеха ставит на боковину 12 точек. `SPOTS` в первой ячейке кода — координаты точек, мм:
`SPOTS[0]` — исходная позиция робота (точки вымышлены, но правдоподобны). Маршрут — список, который начинается с 0
и в котором каждый номер от 0 до `n - 1` встречается ровно один раз (`n` — число точек вместе с исходной позицией);
в его длину входит возвращение из последней точки в исходную позицию. В этом задании вы вычислите время робота,
напишете функции для длины маршрута, проверки маршрута, маршрута ближайшего соседа и метода 2-opt и построите в
лаборатории короткий маршрут. Время — 45 минут на уроке, а задача 7 и задача 8 — домой.

**Как записывать ответы.** Пишите функции с именами и аргументами, указанными в задаче; они не должны менять свои
аргументы (списки `spots`, `tour`). Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа, а
оценку ставят скрытые тесты на множестве случайных наборов точек и показывают самый маленький пример, на котором
функция ошибается. Бесконечный цикл стоит баллов только своей задачи.""",
            en="""# The welding robot's tour: length, nearest neighbour and 2-opt

The body shop's robot places 12 spots on a side panel. `SPOTS` in the first code cell holds the spots' coordinates,
mm: `SPOTS[0]` is the robot's home position (the spots are fictional but plausible). A tour is a list that starts
with 0 and holds every number from 0 to `n - 1` exactly once (`n` is the number of spots, home included); its
length includes the return from the last spot to home. In this assignment you compute the robot's time, write
functions for a tour's length, for checking a tour, for the nearest neighbour tour and for 2-opt, and build a short
tour in the lab. Time: 45 minutes in class, and task 7 and task 8 at home.

**How to write answers.** Write the functions with the names and arguments the task gives; they must not change
their arguments (the lists `spots`, `tour`). Run the test cell under each task: it checks the form of your answer;
the grade comes from hidden tests on many random sets of spots, which show the smallest example on which your
function goes wrong. An endless loop costs only its own task's points."""),

        a.time_plan(ASSIGNMENT_PLAN, home=ASSIGNMENT_HOME, note=ASSIGNMENT_PLAN_NOTE),
        a.text(kk="## А бөлім. Маршрут және оның ұзындығы", ru="## Часть А. Маршрут и его длина",
               en="## Part A. A tour and its length"),
        a.task(1, 1, "A",
               kk="""Робот әзірге нүктелерді нөмірлер ретімен аралайды: `[0, 1, 2, ..., 12]`, соңында бастапқы позицияға
қайтады. Нүктелер арасында ол орта есеппен 500 мм/с жылдамдықпен қозғалады, әр дәнекерлеу нүктесінде 1,5 с тұрады
(бастапқы позицияда дәнекерлемейді). Маршрут ұзындығын кодпен есептеп, роботтың бір панельге уақытын `panel_time`
pint шамасы ретінде беріңіз, мысалы, `panel_time = 20 * ureg.s` түрінде (бұл жауап емес). Басқа уақыт бірлігі де
қабылданады; 0,5 % дәлдік жеткілікті.""",
               ru="""Пока робот обходит точки в порядке номеров: `[0, 1, 2, ..., 12]`, а в конце возвращается в исходную
позицию. Между точками он движется со средней скоростью 500 мм/с, в каждой сварочной точке стоит 1,5 с (в исходной
позиции не сваривает). Посчитайте кодом длину маршрута и запишите время робота на одну панель `panel_time` как
величину pint, в виде, например, `panel_time = 20 * ureg.s` (это не ответ). Другая единица времени тоже
принимается; достаточно точности 0,5 %.""",
               en="""For now the robot visits the spots in the order of their numbers, `[0, 1, 2, ..., 12]`, and returns home at
the end. Between spots it moves at 500 mm/s on average, and it stands 1.5 s at each weld spot (it does not weld at
home). Compute the tour's length with code and give the robot's time for one panel, `panel_time`, as a pint
quantity, in a form such as `panel_time = 20 * ureg.s` (not the answer). Another unit of time is accepted too; 0.5 %
is close enough."""),
        a.answer("cycle-time", """length = 0
for k in range(len(SPOTS)):
    length = length + math.dist(SPOTS[k], SPOTS[(k + 1) % len(SPOTS)])
panel_time = length * ureg.mm / (500 * ureg.mm / ureg.s) + 12 * 1.5 * ureg.s""", hint={
            "kk": "panel_time = ... * ureg.s   (бір панельге уақыт)",
            "ru": "panel_time = ... * ureg.s   (время на одну панель)",
            "en": "panel_time = ... * ureg.s   (the time for one panel)"}),
        a.tests("cycle-time-test", 1, public="""require(compare(panel_time, "s", mode="dimension"))""",
                hidden="""require(compare(panel_time, "35.1105 s", mode="units", rtol=0.005, rules=[
    rules.wrong_answer("32.5997 s", code="no-return", message={
        "kk": "Соңғы нүктеден бастапқы позицияға қайту ұмытылған: робот келесі панельді бастапқы позициядан бастайды.",
        "ru": "Забыто возвращение из последней точки в исходную позицию: следующую панель робот начинает из неё.",
        "en": "The return from the last spot to home is missing: the robot starts the next panel from home."}),
    rules.wrong_answer("17.1105 s", code="no-welding", message={
        "kk": "Бұл — тек жүріс уақыты: әр нүктедегі 1,5 с дәнекерлеу де керек.",
        "ru": "Это только время движения: нужны ещё 1,5 с сварки в каждой точке.",
        "en": "That is the driving time only: the 1.5 s of welding at each spot is missing."}),
    rules.wrong_answer("70.2210 s", code="car-time", message={
        "kk": "Бұл — бір автомобильдің (екі панельдің) уақыты: тапсырма бір панельге уақытты сұрайды.",
        "ru": "Это время на автомобиль (две панели): в задаче спрашивается время на одну панель.",
        "en": "That is the time for one car (two panels): the task asks for the time for one panel."}),
    rules.wrong_answer("36.6105 s", code="home-welded", message={
        "kk": "Робот бастапқы позицияда дәнекерлемейді: дәнекерлеу нүктелері 12.",
        "ru": "В исходной позиции робот не сваривает: сварочных точек 12.",
        "en": "The robot does not weld at home: there are 12 weld spots."})]))"""),

        a.task(2, 1, "A",
               kk="""`tour_length(spots, tour)` функциясын жазыңыз: ол `tour` маршрутының ұзындығын қайтарсын — көршілес
нүктелер арақашықтықтарының қосындысы, соңғы нүктеден бастапқы нүктеге (`tour[0]`) қайтуымен. Бір нүктеден тұратын
маршрут ұзындығы 0. `tour` тізімі өзгермеуі керек. Мысалы, `tour_length([(0, 0), (3, 0), (3, 4)], [0, 1, 2])`
нәтижесі `12.0`.""",
               ru="""Напишите функцию `tour_length(spots, tour)`: она возвращает длину маршрута `tour` — сумму расстояний между
соседними точками вместе с возвращением из последней точки в начальную (`tour[0]`). Маршрут из одной точки имеет
длину 0. Список `tour` не должен меняться. Например, `tour_length([(0, 0), (3, 0), (3, 4)], [0, 1, 2])` даёт
`12.0`.""",
               en="""Write the function `tour_length(spots, tour)`: it returns the length of the tour `tour`, the sum of the
distances between neighbouring spots including the return from the last spot to the first (`tour[0]`). A tour of
one spot has length 0. The list `tour` must not change. For example,
`tour_length([(0, 0), (3, 0), (3, 4)], [0, 1, 2])` gives `12.0`."""),
        a.answer("tour-length", """def tour_length(spots, tour):
    total = 0
    for k in range(len(tour)):
        total = total + math.dist(spots[tour[k]], spots[tour[(k + 1) % len(tour)]])
    return total""", hint={
            "kk": "def tour_length(spots, tour): ... тұйық маршрут ұзындығын қайтарыңыз",
            "ru": "def tour_length(spots, tour): ... верните длину замкнутого маршрута",
            "en": "def tour_length(spots, tour): ... return the length of the closed tour"}),
        a.tests("tour-length-test", 1, public="""assert callable(tour_length), pick({"kk": "tour_length — функция болуы керек (def tour_length(spots, tour): ...).", "ru": "tour_length должна быть функцией (def tour_length(spots, tour): ...).", "en": "tour_length should be a function (def tour_length(spots, tour): ...)."})
advise(check_function(tour_length, lambda spots, tour: 12.0, inputs=[([(0, 0), (3, 0), (3, 4)], [0, 1, 2])]))""",
                hidden=LAB + """
require(check_function(tour_length, _lab.tour_length,
                       inputs=[(SPOTS, list(range(13))), (SPOTS, _lab.nearest_neighbour(SPOTS)), ([(5, 5)], [0]),
                               ([(0, 0), (3, 4)], [0, 1]), ([(0, 0), (3, 0), (3, 4)], [0, 2, 1]),
                               ([(0, 0), (0, 10), (10, 0), (10, 10)], [0, 1, 3, 2])],
                       strategy=_lab.spot_tours(1, 8), max_examples=150, rtol=1e-6))
require(compare(leaves_arguments_unchanged(tour_length, [(0, 0), (3, 0), (3, 4)], [0, 2, 1]), True, rules=[
    rules.wrong_answer(False, code="changes-the-tour", message={
        "kk": "tour_length берілген тізімді өзгертеді (мысалы, tour соңына 0 қосады): жаңа тізім жасаңыз немесе (k + 1) % len(tour) индексін қолданыңыз.",
        "ru": "tour_length меняет данный список (например, дописывает 0 в конец tour): создайте новый список или берите индекс (k + 1) % len(tour).",
        "en": "tour_length changes the list it is given (it appends 0 to tour, say): make a new list or use the index (k + 1) % len(tour)."})]))"""),

        a.task(3, 1, "A",
               kk="""`is_valid_tour(tour, n)` функциясын жазыңыз: `tour` — `n` нүктенің маршруты болса (бос емес тізім 0-ден
басталады және 0-ден `n - 1`-ге дейінгі әр нөмір онда тура бір рет кездеседі), `True`, әйтпесе `False` қайтарсын.
Бір нүкте екі рет, бір нүкте жоқ, маршрут 0-ден басталмайды, жоқ нөмір бар — бәрі `False`. `tour` тізімі
өзгермеуі керек. Мысалы,
`is_valid_tour([0, 2, 1, 3], 4)` нәтижесі `True`, ал `is_valid_tour([0, 2, 2, 3], 4)` нәтижесі `False`.""",
               ru="""Напишите функцию `is_valid_tour(tour, n)`: она возвращает `True`, если `tour` — маршрут из `n` точек
(непустой список начинается с 0, и каждый номер от 0 до `n - 1` встречается в нём ровно один раз), иначе `False`.
Точка дважды, нет точки, маршрут начинается не с 0, есть несуществующий номер — всё это `False`. Список `tour` не
должен меняться. Например,
`is_valid_tour([0, 2, 1, 3], 4)` даёт `True`, а `is_valid_tour([0, 2, 2, 3], 4)` даёт `False`.""",
               en="""Write the function `is_valid_tour(tour, n)`: it returns `True` if `tour` is a tour of `n` spots (a non-empty
list that starts with 0 and holds every number from 0 to `n - 1` exactly once), else `False`. A spot twice, a spot
missing, a tour that does not start with 0, a number that is no spot: all are `False`. The list `tour` must not
change. For example,
`is_valid_tour([0, 2, 1, 3], 4)` gives `True` and `is_valid_tour([0, 2, 2, 3], 4)` gives `False`."""),
        a.answer("valid-tour", """def is_valid_tour(tour, n):
    return len(tour) == n and tour[0] == 0 and sorted(tour) == list(range(n))""", hint={
            "kk": "def is_valid_tour(tour, n): ... True немесе False қайтарыңыз",
            "ru": "def is_valid_tour(tour, n): ... верните True или False",
            "en": "def is_valid_tour(tour, n): ... return True or False"}),
        a.tests("valid-tour-test", 1, public="""assert callable(is_valid_tour), pick({"kk": "is_valid_tour — функция болуы керек (def is_valid_tour(tour, n): ...).", "ru": "is_valid_tour должна быть функцией (def is_valid_tour(tour, n): ...).", "en": "is_valid_tour should be a function (def is_valid_tour(tour, n): ...)."})
advise(check_function(is_valid_tour, lambda tour, n: tour == [0, 2, 1, 3], inputs=[([0, 2, 1, 3], 4), ([0, 2, 2, 3], 4)]))""",
                hidden=LAB + """
require(check_function(is_valid_tour, _lab.is_valid_tour,
                       inputs=[([0, 2, 1, 3], 4), ([0, 2, 2, 3], 4), ([2, 0, 1, 3], 4), ([0, 1, 2], 4), ([0, 1, 2, 3, 4], 4),
                               ([0, 1, 2, 4], 4), ([0], 1), ([0, 0], 1), ([1], 1), ([0, 1, 1, 3, 2], 4),
                               (list(range(13)), 13), ([0, 9, 8, 5, 2, 1, 7, 10, 12, 4, 6, 11, 11], 13)],
                       strategy=_lab.candidate_tours(7), max_examples=200))
require(compare(leaves_arguments_unchanged(is_valid_tour, [0, 2, 1, 3], 4), True, rules=[
    rules.wrong_answer(False, code="changes-the-tour", message={
        "kk": "is_valid_tour тексеретін маршрутты өзгертеді (мысалы, tour.sort() оны сұрыптайды, ал робот сол маршрутпен жүреді): sorted(tour) көшірмесін қолданыңыз.",
        "ru": "is_valid_tour меняет проверяемый маршрут (например, tour.sort() сортирует его, а робот ездит по этому маршруту): берите копию sorted(tour).",
        "en": "is_valid_tour changes the tour it checks (tour.sort() sorts it, say, and the robot drives that tour): use the copy sorted(tour)."})]))"""),

        a.text(kk="## Ә бөлім. Ең жақын көрші және 2-opt", ru="## Часть Б. Ближайший сосед и 2-opt",
               en="## Part B. Nearest neighbour and 2-opt"),
        a.task(4, 2, "B",
               kk="""`nearest_neighbour(spots)` функциясын жазыңыз: ол ең жақын көрші маршрутын қайтарсын — 0-ден бастап, әр
жолы әлі бармаған нүктелердің ең жақынына барады; екі нүкте бірдей жақын болса, нөмірі кішісіне. `spots` тізімі
өзгермеуі керек. Мысалы, `nearest_neighbour([(0, 0), (5, 0), (1, 0), (2, 0)])` нәтижесі `[0, 2, 3, 1]`.""",
               ru="""Напишите функцию `nearest_neighbour(spots)`: она возвращает маршрут ближайшего соседа — из 0 каждый раз в
ближайшую из ещё не посещённых точек; если две точки одинаково близки, в точку с меньшим номером. Список `spots` не
должен меняться. Например, `nearest_neighbour([(0, 0), (5, 0), (1, 0), (2, 0)])` даёт `[0, 2, 3, 1]`.""",
               en="""Write the function `nearest_neighbour(spots)`: it returns the nearest neighbour tour: from 0, each time to the
nearest spot not visited yet; when two spots are equally near, to the one with the lower number. The list `spots`
must not change. For example, `nearest_neighbour([(0, 0), (5, 0), (1, 0), (2, 0)])` gives `[0, 2, 3, 1]`."""),
        a.answer("nearest-neighbour", NEAREST, hint={
            "kk": "def nearest_neighbour(spots): ... 0-ден басталатын маршрутты қайтарыңыз",
            "ru": "def nearest_neighbour(spots): ... верните маршрут, начинающийся с 0",
            "en": "def nearest_neighbour(spots): ... return the tour that starts at 0"}),
        a.tests("nearest-neighbour-test", 2, public="""assert callable(nearest_neighbour), pick({"kk": "nearest_neighbour — функция болуы керек (def nearest_neighbour(spots): ...).", "ru": "nearest_neighbour должна быть функцией (def nearest_neighbour(spots): ...).", "en": "nearest_neighbour should be a function (def nearest_neighbour(spots): ...)."})
advise(check_function(nearest_neighbour, lambda spots: [0, 2, 3, 1], inputs=[([(0, 0), (5, 0), (1, 0), (2, 0)],)]))""",
                hidden=LAB + """
require(check_function(nearest_neighbour, _lab.nearest_neighbour,
                       inputs=[(SPOTS,), ([(0, 0)],), ([(0, 0), (4, 4)],), ([(0, 0), (0, 1), (1, 0)],),
                               ([(0, 0), (2, 0), (0, 2), (1, 1)],), ([(3, 3), (0, 3), (6, 3), (3, 0), (3, 6)],),
                               ([(0, 0), (1, 0), (1, 0), (0, 0)],)],
                       strategy=_lab.spot_lists(1, 8), max_examples=200, timeout=2))
require(compare(leaves_arguments_unchanged(nearest_neighbour, [(0, 0), (5, 0), (1, 0), (2, 0)]), True, rules=[
    rules.wrong_answer(False, code="changes-the-spots", message={
        "kk": "nearest_neighbour spots тізімін өзгертеді (мысалы, барған нүктені алып тастайды не алысқа жылжытады): барған нүктелерді бөлек тізімде белгілеңіз.",
        "ru": "nearest_neighbour меняет список spots (например, удаляет посещённую точку или отодвигает её далеко): отмечайте посещённые точки в отдельном списке.",
        "en": "nearest_neighbour changes the list spots (it removes a visited spot or moves it far away, say): mark the visited spots in a separate list."})]))"""),

        a.task(5, 1, "A",
               kk="""2-opt қадамы маршруттан $a$–$b$ және $c$–$d$ қырларын алып, $a$–$c$ және $b$–$d$ қырларын қосады. Маршрут
ұзындығы қанша өзгереді (жаңа ұзындық мінус ескі ұзындық)? Жауапты бірінші ұяшықтағы `d_ab`, `d_cd`, `d_ac`,
`d_bd`, `d_ad`, `d_bc` әріптері арқылы sympy өрнегі ретінде жазыңыз: `delta = ...`, мысалы, `delta = d_ad - d_bc`
түрінде (бұл жауап емес).""",
               ru="""Ход 2-opt убирает из маршрута рёбра $a$–$b$ и $c$–$d$ и добавляет рёбра $a$–$c$ и $b$–$d$. На сколько
меняется длина маршрута (новая длина минус старая)? Запишите ответ выражением sympy через буквы `d_ab`, `d_cd`,
`d_ac`, `d_bd`, `d_ad`, `d_bc` из первой ячейки: `delta = ...`, в виде, например, `delta = d_ad - d_bc` (это не
ответ).""",
               en="""A 2-opt move removes the edges $a$–$b$ and $c$–$d$ from the tour and adds the edges $a$–$c$ and $b$–$d$. By
how much does the tour's length change (the new length minus the old)? Write the answer as a sympy expression in
the letters `d_ab`, `d_cd`, `d_ac`, `d_bd`, `d_ad`, `d_bc` of the first cell: `delta = ...`, in a form such as
`delta = d_ad - d_bc` (not the answer)."""),
        a.answer("move-change", "delta = d_ac + d_bd - d_ab - d_cd", hint={
            "kk": "delta = ...   (d_ab, d_cd, ... арқылы sympy өрнегі)",
            "ru": "delta = ...   (выражение sympy через d_ab, d_cd, ...)",
            "en": "delta = ...   (a sympy expression in d_ab, d_cd, ...)"}),
        a.tests("move-change-test", 1, public=f"""assert isinstance(delta, sp.Expr), pick({{"kk": "delta — d_ab, d_cd, ... әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "delta должно быть выражением sympy из букв d_ab, d_cd, ...", "en": "delta should be a sympy expression made of d_ab, d_cd, ..."}})
assert {{s.name for s in delta.free_symbols}} <= {{"d_ab", "d_cd", "d_ac", "d_bd", "d_ad", "d_bc"}}, pick({{"kk": "delta өрнегінде тек d_ab, d_cd, d_ac, d_bd, d_ad, d_bc әріптері болуы керек.", "ru": "В выражении delta могут быть только буквы d_ab, d_cd, d_ac, d_bd, d_ad, d_bc.", "en": "delta may use only the letters d_ab, d_cd, d_ac, d_bd, d_ad, d_bc."}})
advise(self_check(delta, "{token['delta']}"))""",
                hidden="""require(compare(delta, "d_ac + d_bd - d_ab - d_cd", rules=[
    rules.wrong_answer("d_ab + d_cd - d_ac - d_bd", code="saving", message={
        "kk": "Сіз қысқаруды жаздыңыз (ескі мінус жаңа): Δ — жаңа ұзындық мінус ескі ұзындық.",
        "ru": "Вы записали сокращение (старое минус новое): Δ — новая длина минус старая.",
        "en": "You wrote the saving (old minus new): Δ is the new length minus the old one."}),
    rules.wrong_answer("d_ad + d_bc - d_ab - d_cd", code="wrong-pairs", message={
        "kk": "Жаңа қырлар — a–c және b–d, ал a–d және b–c емес: маршрут бөлігі кері бағытта жүріледі.",
        "ru": "Новые рёбра — a–c и b–d, а не a–d и b–c: часть маршрута проходится в обратную сторону.",
        "en": "The new edges are a–c and b–d, not a–d and b–c: a piece of the tour is driven backwards."}),
    rules.wrong_answer("d_ac + d_bd", code="new-only", message={
        "kk": "Бұл — тек жаңа қырлардың ұзындығы: алынатын a–b және c–d қырларын шегеріңіз.",
        "ru": "Это только длина новых рёбер: вычтите удаляемые рёбра a–b и c–d.",
        "en": "That is the length of the new edges only: subtract the edges a–b and c–d that are removed."})]))"""),

        a.task(6, 2, "B",
               kk="""`two_opt(spots, tour)` функциясын жазыңыз: ол `tour` маршрутын 2-opt әдісімен жақсартсын — маршрутты
қысқартатын 2-opt қадамын табады, жасайды, тағы іздейді, бірде-бір қадам маршрутты қысқартпайтын болғанша — және
жаңа маршрутты қайтарсын. Қадамдарды қандай ретпен іздегеніңіз маңызды емес: бағаланатыны — нәтиже 0-ден
басталатын маршрут, ол берілгенінен ұзын емес және оны бірде-бір 2-opt қадамы $10^{-6}$ мм-ден артық қысқартпайды.
`tour` тізімі өзгермеуі керек, функция 8 нүктеде бір секундта аяқталуы керек. Мысалы,
`two_opt([(0, 0), (0, 10), (10, 0), (10, 10)], [0, 1, 2, 3])` ұзындығы `40.0` маршрутты береді, мысалы,
`[0, 2, 1, 3]` немесе `[0, 1, 3, 2]`.""",
               ru="""Напишите функцию `two_opt(spots, tour)`: она улучшает маршрут `tour` методом 2-opt — находит ход 2-opt,
который сокращает маршрут, делает его и ищет снова, пока ни один ход не сокращает маршрут, — и возвращает новый
маршрут. Порядок поиска ходов не важен: оценивается, что результат — маршрут, который начинается с 0, не длиннее
данного и который ни один ход 2-opt не сокращает больше чем на $10^{-6}$ мм. Список `tour` не должен меняться,
функция должна заканчивать работу на 8 точках за секунду. Например,
`two_opt([(0, 0), (0, 10), (10, 0), (10, 10)], [0, 1, 2, 3])` даёт маршрут длиной `40.0`, например,
`[0, 2, 1, 3]` или `[0, 1, 3, 2]`.""",
               en="""Write the function `two_opt(spots, tour)`: it improves the tour `tour` by 2-opt (it finds a 2-opt move that
shortens the tour, makes it and looks again, until no move shortens the tour) and returns the new tour. The order
in which you look for moves does not matter: what is graded is that the result is a tour that starts with 0, is not
longer than the one given, and that no 2-opt move shortens by more than $10^{-6}$ mm. The list `tour` must not
change, and the function must finish within a second on 8 spots. For example,
`two_opt([(0, 0), (0, 10), (10, 0), (10, 10)], [0, 1, 2, 3])` gives a tour of length `40.0`, such as
`[0, 2, 1, 3]` or `[0, 1, 3, 2]`."""),
        a.answer("two-opt", TWO_OPT, hint={
            "kk": "def two_opt(spots, tour): ... жақсартылған жаңа маршрутты қайтарыңыз",
            "ru": "def two_opt(spots, tour): ... верните новый, улучшенный маршрут",
            "en": "def two_opt(spots, tour): ... return the new, improved tour"}),
        a.tests("two-opt-test", 2, public="""assert callable(two_opt), pick({"kk": "two_opt — функция болуы керек (def two_opt(spots, tour): ...).", "ru": "two_opt должна быть функцией (def two_opt(spots, tour): ...).", "en": "two_opt should be a function (def two_opt(spots, tour): ...)."})
""" + LAB + """


def _two_opt_verdict(spots, tour):
    given = list(tour)
    result = two_opt(spots, tour)
    return _lab.judge_two_opt(spots, given, result, changed=list(tour) != given)


advise(check_function(_two_opt_verdict, lambda spots, tour: "ok",
                      inputs=[([(0, 0), (0, 10), (10, 0), (10, 10)], [0, 1, 2, 3])], name="two_opt"))""",
                hidden="""

require(check_function(_two_opt_verdict, lambda spots, tour: "ok",
                       inputs=[(SPOTS, list(range(13))), (SPOTS, _lab.nearest_neighbour(SPOTS)), ([(1, 1)], [0]),
                               ([(0, 0), (0, 10), (10, 0), (10, 10)], [0, 1, 2, 3]), ([(0, 0), (4, 0), (4, 3)], [0, 2, 1]),
                               ([(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)], [0, 3, 1, 4, 2])],
                       strategy=_lab.spot_tours(1, 8), max_examples=100, timeout=2, name="two_opt"))"""),

        a.text(kk="## Б бөлім. Станцияға арналған маршрут", ru="## Часть В. Маршрут для станции",
               en="## Part C. A tour for the station"),
        a.task(7, 2, "C",
               kk="""Бұл тапсырманы үйде орындаңыз. Ең жақын көрші маршрутымен робот сол және оң бүйір панельдерді такт уақытында (67,5 с) үлгереді. Бірақ
технолог бұл роботқа кейін жаңа нүктелер қосылатынын біледі де, уақыт қорын көбейту үшін мақсат қояды: ұзындығы
3700 мм-ден аспайтын маршрут. Төмендегі зертханада осындай маршрут құрыңыз (2-opt қадамдарымен немесе ретті қолмен
өзгертіп), **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына
көшіріңіз.""",
               ru="""Эту задачу выполните дома. С маршрутом ближайшего соседа робот успевает сварить левую и правую боковины за время такта (67,5 с). Но
технолог знает, что этому роботу позже добавят новые точки, и, чтобы увеличить запас времени, ставит цель: маршрут
длиной не больше 3700 мм. Постройте такой маршрут в лаборатории ниже (ходами 2-opt или меняя порядок вручную),
нажмите **Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает
лаборатория.""",
               en="""Do this task at home. With the nearest neighbour tour the robot welds the left and the right side panel within the takt time
(67.5 s). But the process engineer knows that this robot will get new spots later, and to have more time in hand
sets a target: a tour of at most 3700 mm. Build such a tour in the lab below (with 2-opt moves or by changing the order by hand),
press **Check the design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""make_lab("short-tour")"""),
        a.answer("short-tour", """design = {'order': '0 9 8 5 2 3 11 6 4 12 1 7 10'}""", before="# design = {'order': '0 ...'}"),
        a.tests("short-tour-test", 2, public="""assert isinstance(design, dict) and "order" in design, pick({"kk": "design = {'order': '0 ...'} (зертхана көрсететін жол)", "ru": "design = {'order': '0 ...'} (строка, которую показывает лаборатория)", "en": "design = {'order': '0 ...'} (the line the lab shows)"})
advise(check_design(design, DESIGN_SPEC, model=design_result))""",
                hidden="""require(check_design(design, DESIGN_SPEC, model=design_result))"""),

        a.task(8, 3, "C", locked_id="tour-methods-prompt",
               kk="""Бұл тапсырманы да үйде, 7-тапсырмадан кейін орындаңыз. Зауыттың инженеріне үш сұраққа жауап беріңіз. (1) Бұл панельде ең жақын көрші маршруты неге ең қысқа
емес? Суреттегі бір белгіні атаңыз. (2) Есік панелінде 60 нүкте болса, барлық маршрутты тексеру неге мүмкін емес?
Маршруттар санын бағалаңыз. (3) Жергілікті оптимум дегеніміз не? Ол ең қысқа маршруттан немен ерекшеленеді?
Осы панельдің сандарымен мысал келтіріңіз. Жауапты төмендегі ұяшыққа сөзбен жазыңыз.""",
               ru="""Эту задачу тоже выполните дома, после задачи 7. Ответьте инженеру завода на три вопроса. (1) Почему на этой панели маршрут ближайшего соседа не самый
короткий? Назовите один признак на рисунке. (2) Почему на двери с 60 точками нельзя проверить все маршруты? Оцените
число маршрутов. (3) Что такое локальный оптимум и чем он отличается от кратчайшего маршрута? Приведите пример с
числами этой панели. Напишите ответ словами в ячейке ниже.""",
               en="""Do this task at home too, after task 7. Answer the plant's engineer three questions. (1) Why is the nearest neighbour tour not the shortest on this
panel? Name one sign of it in the picture. (2) Why can nobody try every tour of a door with 60 spots? Estimate the
number of tours. (3) What is a local optimum, and how does it differ from the shortest tour? Give an example with
this panel's numbers. Write your answer in words in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: ашкөз таңдау кейінгі қадамдарды ескермейді, сондықтан соңында ұзын қырлар қалады (соңғы 3
  нүктесінен бастапқы позицияға шамамен 1114 мм қайту) немесе қырлар қиылысады; ең жақын көрші маршруты 4661,6 мм,
  ал ең қысқасы 3662,0 мм.
* 1 ұпай: маршруттар саны $\\frac{60!}{2} \\approx 4{,}2 \\cdot 10^{81}$ (бастапқы позиция 60 нүктенің бірі болса,
  $\\frac{59!}{2}$), секундына миллиард маршрут тексерсе де, оған Әлемнің жасынан әлдеқайда көп уақыт керек.
* 1 ұпай: жергілікті оптимум — оны бірде-бір 2-opt қадамы қысқартпайтын маршрут; ең қысқа маршрут барлық
  маршруттың ең қысқасы. Мысал: ең жақын көрші маршрутынан 2-сабақтың 2-opt әдісі 3827,3 мм-де тоқтайды, ал
  3662,0 мм маршрут бар. Қай оптимумға келетіні бастапқы маршрутқа және қадамдардың ретіне байланысты (әр жолы ең
  жақсы қадамды жасайтын 2-opt ең жақын көрші маршрутынан 3662,0 мм-ге келеді): панельдің сандарымен келтірілген
  кез келген дұрыс мысал ұпай алады.""",
                   "ru": """* 1 балл: жадный выбор не учитывает следующие шаги, поэтому в конце остаются длинные рёбра (возвращение
  из последней точки 3 в исходную позицию около 1114 мм) или рёбра пересекаются; маршрут ближайшего соседа
  4661,6 мм, а кратчайший 3662,0 мм.
* 1 балл: маршрутов $\\frac{60!}{2} \\approx 4{,}2 \\cdot 10^{81}$ (если исходная позиция — одна из 60 точек,
  $\\frac{59!}{2}$), и даже при миллиарде маршрутов в секунду нужно время, намного большее возраста Вселенной.
* 1 балл: локальный оптимум — маршрут, который ни один ход 2-opt не сокращает; кратчайший — самый короткий из всех
  маршрутов. Пример: из маршрута ближайшего соседа 2-opt урока 2 останавливается на 3827,3 мм, а маршрут
  3662,0 мм существует. К какому оптимуму придёт 2-opt, зависит от начального маршрута и порядка ходов (2-opt,
  который каждый раз делает лучший ход, приходит из маршрута ближайшего соседа к 3662,0 мм): балл получает любой
  верный пример с числами панели.""",
                   "en": """* 1 point: the greedy choice does not look ahead, so long edges are left for the end (the return from the
  last spot 3 to home, about 1114 mm) or edges cross; the nearest neighbour tour is 4661.6 mm, the shortest
  3662.0 mm.
* 1 point: there are $\\frac{60!}{2} \\approx 4.2 \\cdot 10^{81}$ tours ($\\frac{59!}{2}$ if home is one of the
  60 spots), and even at a billion tours a second that takes far longer than the age of the universe.
* 1 point: a local optimum is a tour that no 2-opt move shortens; the shortest tour is the shortest of all tours.
  Example: from the nearest neighbour tour lesson 2's 2-opt stops at 3827.3 mm, yet a tour of 3662.0 mm exists.
  Which optimum 2-opt reaches depends on the start and the order of the moves (a 2-opt that makes the best move
  each time comes from the nearest neighbour tour to 3662.0 mm): any right example with the panel's numbers earns
  the point."""}),
        a.written("tour-methods", 3, """**Model answer (en).** (1) Nearest neighbour always takes the nearest spot and never looks ahead, so the far
spots are left for the end: on this panel the tour ends at spot 3 and drives about 1114 mm straight back home,
across the panel, and some of its edges cross. It is 4661.6 mm long, while the shortest tour is 3662.0 mm.
(2) After home the 60 spots can come in any order, and a tour counts once with its reverse: 60!/2, about
4.2 · 10^81 tours. At a billion tours a second that is about 1.3 · 10^65 years, far longer than the age of the
universe. (3) A local optimum is a tour that no single 2-opt move makes shorter; the shortest tour is the best of
all tours. Every shortest tour is a local optimum, but not the other way round: from the nearest neighbour tour
2-opt stops at 3827.3 mm, yet a tour of 3662.0 mm exists (lesson 2's 2-opt finds it when it starts from the taught tour, and a 2-opt that makes the best
move each time finds it from the nearest neighbour tour too).

**Үлгі жауап (kk).** (1) Ең жақын көрші әдісі әрқашан ең жақын нүктені алады және алдын ойламайды, сондықтан алыс
нүктелер соңына қалады: бұл панельде маршрут 3 нүктесінде аяқталып, панельді кесіп өтіп, бастапқы позицияға
шамамен 1114 мм қайтады, кейбір қырлары қиылысады. Оның ұзындығы 4661,6 мм, ал ең қысқа маршрут 3662,0 мм.
(2) Бастапқы позициядан кейін 60 нүкте кез келген ретпен келуі мүмкін, ал маршрут пен оның кері нұсқасы бір рет
саналады: 60!/2, шамамен 4,2 · 10^81 маршрут. Секундына миллиард маршрут тексерсек, шамамен 1,3 · 10^65 жыл керек,
бұл Әлемнің жасынан әлдеқайда көп. (3) Жергілікті оптимум — бірде-бір 2-opt қадамы қысқартпайтын маршрут; ең қысқа
маршрут — барлық маршруттың ең жақсысы. Әр ең қысқа маршрут жергілікті оптимум, бірақ керісінше емес: ең жақын
көрші маршрутынан 2-opt 3827,3 мм-де тоқтайды, ал 3662,0 мм маршрут бар (2-сабақтың 2-opt әдісі оны үйретілген
маршруттан бастаса табады, ал әр жолы ең жақсы қадамды жасайтын 2-opt ең жақын көрші маршрутынан да табады).

**Образец ответа (ru).** (1) Метод ближайшего соседа всегда берёт ближайшую точку и не думает наперёд, поэтому
дальние точки остаются на конец: на этой панели маршрут кончается в точке 3 и возвращается в исходную позицию
через всю панель, около 1114 мм, а некоторые его рёбра пересекаются. Его длина 4661,6 мм, а кратчайший маршрут
3662,0 мм. (2) После исходной позиции 60 точек могут идти в любом порядке, а маршрут и обратный к нему считаются один раз:
60!/2, около 4,2 · 10^81 маршрутов. При миллиарде маршрутов в секунду это около 1,3 · 10^65 лет, намного больше
возраста Вселенной. (3) Локальный оптимум — маршрут, который ни один ход 2-opt не сокращает;
кратчайший маршрут — лучший из всех маршрутов. Каждый кратчайший маршрут — локальный оптимум, но не наоборот: из
маршрута ближайшего соседа 2-opt останавливается на 3827,3 мм, а маршрут 3662,0 мм существует (2-opt урока 2 находит его,
если начать с обученного маршрута, а 2-opt, который каждый раз делает лучший ход, — и из маршрута ближайшего
соседа)."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "weld_tour.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
