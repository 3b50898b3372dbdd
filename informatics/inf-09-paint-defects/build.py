"""Writes inf-09-paint-defects' notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-09-paint-defects/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_inf_09_paint_defects.py`` checks that the committed notebooks are what this writes). Every
number a student sees is a given of the tasks or comes from the lab's model (``curriculum.labs.paint_defects``);
the module's test pins each one to the model.
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
MODULE = "inf-09-paint-defects"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import paint_defects
from curriculum.labs.paint_defects import grid_from_text"""

FRAME = '''frame = grid_from_text("""
............
.##......#..
.##.......#.
.....#......
....###...#.
.....#....##
..#.........
..#.....###.
""")'''
"""The lab's first frame (``paint_defects.LAB_FRAME``), as the lessons write it."""


# -- lesson 1: a camera frame is a two-dimensional list -------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Бояудағы ақаулар, 1-сабақ. Камера кадры — екі өлшемді тізім

Мөлдір лак қабатынан кейін әр шанақ **бояу цехының** (paint shop) бақылау туннелінен өтеді: камералар мен шамдар
панельдерді сканерлейді, бағдарлама ақау көрген жерді белгілейді — лак астындағы шаң түйіршігі, кратер, ағын.
Ауысымда мыңдаған сурет болады, оператор бәрін қарап шыға алмайды. Бағдарлама өзі шешуі керек: панель жарамды ма,
әлде жұмысшы ақауды тегістеп, жылтырататын **жергілікті жөндеуге** жіберу керек пе? Ол үшін екі сан керек: кадрда
неше ақау дағы бар және ең үлкені қандай. Бүгін кадрды Python-да сақтап, оны ұяшық-ұяшықпен қараймыз, келесі
сабақта дақтарды санаймыз. (Модульдегі кадрлар мен ереже ойдан алынған, бірақ шындыққа жақын.)""",
            ru="""# Дефекты окраски, урок 1. Кадр камеры — двумерный список

После прозрачного лака каждый кузов проходит туннель контроля **окрасочного цеха** (paint shop): камеры и лампы
сканируют панели, а программа отмечает, где видит дефект, — соринку под лаком, кратер, потёк. За смену набираются
тысячи снимков, оператор не успеет просмотреть их все. Программа должна решать сама: годна ли панель или её нужно
отправить на **локальный ремонт**, где рабочий зашлифует и отполирует дефект? Для этого нужны два числа: сколько
в кадре пятен дефектов и какое из них самое большое. Сегодня мы сохраним кадр в Python и рассмотрим его клетка за
клеткой, а на следующем уроке посчитаем пятна. (Кадры и правило в модуле вымышлены, но правдоподобны.)""",
            en="""# Paint defects, lesson 1. A camera frame is a two-dimensional list

After the clear coat, every body passes the **paint shop**'s inspection tunnel: cameras and lights scan the panels,
and the software marks where it sees a defect — a speck of dust under the lacquer, a crater, a run. A shift makes
thousands of pictures, more than an operator can look at. The software must decide by itself: does the panel
pass, or does it go to **spot repair**, where a worker sands and polishes the defect away? For that it needs two
numbers: how many defect spots the frame has and how big the largest one is. Today we store a frame in Python and
look at it cell by cell; next lesson we count the spots. (The frames and the rule in this module are fictional but
plausible.)"""),
        a.text(
            kk="""## 1. Кадр — тізімдердің тізімі

Бағдарлама камера кадрын 5 мм × 5 мм шаршы **ұяшықтарға** бөледі. Таза ұяшық — 0, ақау табылған ұяшық — 1.
Кадрдың бір жолы — сандар тізімі, ал бүкіл кадр — жолдардың тізімі, яғни **екі өлшемді тізім** (two-dimensional
list). `grid[r][c]` — `r` жолдағы, `c` бағандағы ұяшық: алдымен жолдың **индексі** (жоғарыдан, 0-ден бастап
саналады), сосын бағанның индексі (сол жақтан, 0-ден бастап). Жолдар саны `len(grid)`, бағандар саны
`len(grid[0])`.

Кішкене кадрда мұны тексерейік. Ұзын кадрды сандармен жазу қолайсыз, сондықтан `grid_from_text` функциясы
суреттен тізім жасайды: `#` — ақау (1), `.` — таза ұяшық (0).""",
            ru="""## 1. Кадр — список списков

Программа делит кадр камеры на квадратные **клетки** 5 мм × 5 мм. Чистая клетка — 0, а клетка, где найден
дефект, — 1. Одна строка кадра — список чисел, а весь кадр — список строк, то есть **двумерный список**
(two-dimensional list). `grid[r][c]` — клетка в строке `r` и столбце `c`: сначала **индекс** строки (сверху, счёт с 0), затем индекс
столбца (слева, с 0). Число строк — `len(grid)`, число столбцов — `len(grid[0])`.

Проверим это на маленьком кадре. Длинный кадр записывать числами неудобно, поэтому функция `grid_from_text` делает
список из картинки: `#` — дефект (1), `.` — чистая клетка (0).""",
            en="""## 1. A frame is a list of lists

The software splits a camera frame into square **cells** of 5 mm × 5 mm. A clean cell is 0, a cell where a defect
was found is 1. One row of the frame is a list of numbers, and the whole frame is a list of rows: a
**two-dimensional list**. `grid[r][c]` is the cell in row `r` and column `c`: first the row's **index** (from the
top, counted from 0), then the column's (from the left, from 0). The number of rows is `len(grid)`, of columns
`len(grid[0])`.

Let us check this on a small frame. A long frame is awkward to write in numbers, so the function `grid_from_text`
makes the list from a picture: `#` is a defect (1), `.` a clean cell (0)."""),
        a.code("""small = [[0, 1, 1],
         [0, 0, 1]]
print(len(small), len(small[0]))
print(small[0][2], small[1][0])

""" + FRAME + """
print(len(frame), len(frame[0]))
print(frame[1])
print(paint_defects.grid_to_text(frame))"""),
        a.example(
            kk="""### 1-мысал. Ақаулы ұяшықтар және олардың ауданы

Кадрдың барлық ұяшығын аралау үшін екі цикл керек: сыртқы цикл жолдар бойынша, ішкі цикл бір жолдың бағандары
бойынша жүреді (**кірістірілген циклдар**). Әр ақаулы ұяшық панельдің 5 мм × 5 мм = 25 мм² ауданын алады. Бұл
кадрда 19 ақаулы ұяшық бар, олар 19 · 25 = 475 мм² = 4,75 см² ауданды жабады.""",
            ru="""### Пример 1. Клетки с дефектом и их площадь

Чтобы обойти все клетки кадра, нужны два цикла: внешний идёт по строкам, внутренний — по столбцам одной строки
(**вложенные циклы**). Каждая клетка с дефектом занимает 5 мм × 5 мм = 25 мм² панели. В этом кадре 19 клеток с
дефектом, они покрывают 19 · 25 = 475 мм² = 4,75 см².""",
            en="""### Example 1. Defective cells and their area

To visit every cell of the frame we need two loops: the outer one goes over the rows, the inner one over the
columns of one row (**nested loops**). Each defective cell covers 5 mm × 5 mm = 25 mm² of the panel. This frame has
19 defective cells; they cover 19 · 25 = 475 mm² = 4.75 cm²."""),
        a.code("""defects = 0
for r in range(len(frame)):
    for c in range(len(frame[0])):
        if frame[r][c] == 1:
            defects = defects + 1
area = defects * (5 * ureg.mm) ** 2
print(defects, area, area.to("cm**2"))
# [kk] зертхананың моделі де дәл осыны береді:
# [ru] модель лаборатории даёт то же:
# [en] the lab's model gives the same:
print(paint_defects.defect_cells(frame), paint_defects.defect_area_mm2(frame))""", role="example"),
        a.text(
            kk="""## 2. Көршілер және кадрдың шеті

`(r, c)` ұяшығының қабырғасы ортақ көршілері: жоғарыдағы `(r - 1, c)`, төмендегі `(r + 1, c)`, сол жақтағы
`(r, c - 1)` және оң жақтағы `(r, c + 1)`. Кадрдың шетіндегі ұяшықтың көршілері азырақ: жоғарғы жолдағы ұяшықтың
үстінде ештеңе жоқ. Сондықтан көршіні оқымас бұрын оның кадрдың ішінде екенін тексереміз:
`0 <= r - 1`, `r + 1 < len(grid)` және т.б.

Қабырғасы ортақ ақаулы ұяшықтар бір **ақау дағын** құрайды. Информатикада мұны **байланысқан аймақ** (connected
region) деп атайды: аймақтың кез келген ұяшығынан кез келгеніне көршілер арқылы өтуге болады. Кейбір зауыттар
бұрышы ғана ортақ ұяшықтарды да бір дақ деп санайды: сонда ұяшықтың көршісі төртеу емес, сегізеу. Қай ережені
алу — бағдарлама жасаушы емес, зауыттың шешімі.""",
            ru="""## 2. Соседи и край кадра

Соседи клетки `(r, c)` по стороне: верхняя `(r - 1, c)`, нижняя `(r + 1, c)`, левая `(r, c - 1)` и правая
`(r, c + 1)`. У клетки на краю кадра соседей меньше: над клеткой верхней строки ничего нет. Поэтому, прежде чем
читать соседа, проверяем, что он внутри кадра: `0 <= r - 1`, `r + 1 < len(grid)` и т. д.

Клетки с дефектом, у которых есть общая сторона, образуют одно **пятно дефектов**. В информатике это называют
**связной областью** (connected region): из любой её клетки можно пройти в любую другую через соседей. Некоторые
заводы считают одним пятном и клетки, у которых общий только угол: тогда у клетки не четыре соседа, а восемь. Какое
правило взять — решает завод, а не программист.""",
            en="""## 2. Neighbours and the frame's border

The neighbours of cell `(r, c)` that share a side with it are the one above, `(r - 1, c)`, below, `(r + 1, c)`, on
the left, `(r, c - 1)`, and on the right, `(r, c + 1)`. A cell on the frame's border has fewer: there is nothing
above a cell of the top row. So before we read a neighbour we check that it lies inside the frame:
`0 <= r - 1`, `r + 1 < len(grid)` and so on.

Defective cells that share a side form one **defect spot**. Informatics calls this a **connected region**: from any
of its cells you can reach any other through neighbours. Some plants count cells that share only a corner as one
spot too: a cell then has eight neighbours instead of four. Which rule to take is the plant's decision, not the
programmer's."""),
        a.misconception(
            kk="""### Дұрыс па?

Дана жоғарғы көршіні `frame[r - 1][c]` деп оқиды да: «Жоғарғы жолда Python қате береді, сонда байқаймын», — дейді.
Келісесіз бе? Төмендегі ұяшықты іске қосыңыз: жоғарғы жолдағы `(0, 9)` ұяшығы үшін `frame[-1][9]` нені береді?
Теріс индекс тізімнің соңынан саналады: `frame[-1]` — соңғы жол. Қате шықпайды, бағдарлама жай ғана басқа ұяшықты
оқиды. Сондықтан шекараны өзіміз тексеруіміз керек.""",
            ru="""### Верно ли?

Дана читает верхнего соседа как `frame[r - 1][c]` и говорит: «В верхней строке Python выдаст ошибку, и я замечу».
Согласны? Запустите ячейку ниже: что даёт `frame[-1][9]` для клетки `(0, 9)` верхней строки? Отрицательный индекс
считается с конца списка: `frame[-1]` — последняя строка. Ошибки не будет, программа просто прочитает другую
клетку. Поэтому границу надо проверять самим.""",
            en="""### Is it true?

Dana reads the neighbour above as `frame[r - 1][c]` and says: "On the top row Python will raise an error, so I will
notice." Do you agree? Run the cell below: what does `frame[-1][9]` give for cell `(0, 9)` of the top row? A
negative index counts from the end of the list: `frame[-1]` is the last row. There is no error; the program simply
reads another cell. So we must check the border ourselves."""),
        a.code("""r, c = 0, 9
print(frame[r - 1][c])
print(paint_defects.neighbours(frame, r, c))
print(paint_defects.defective_neighbours(frame, r, c))""", role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана осы кадрдан басталады. Түстерге қарамас бұрын жауап беріңіз: көршілер тек қабырғасы ортақ ұяшықтар
болса, кадрда неше дақ бар? Бұрышы ортақ ұяшықтар да көрші болса ше? Зауыттың ережесі бойынша (кадрда 3 дақтан
артық емес, әр дақ 4 ұяшықтан аспайды) панель өте ме? Жауаптарыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория начинается с этого кадра. Прежде чем смотреть на цвета, ответьте: сколько в кадре пятен, если соседи —
только клетки с общей стороной? А если соседи и клетки с общим углом? Годна ли панель по правилу завода (не больше
3 пятен в кадре, каждое пятно не больше 4 клеток)? Запишите ответы в тетрадь.""",
            en="""### Predict first

The lab starts with this frame. Before you look at the colours, answer: how many spots does the frame have if only
cells sharing a side are neighbours? And if cells sharing a corner are neighbours too? Does the panel pass the
plant's rule (at most 3 spots in a frame, each spot at most 4 cells)? Write your answers down."""),
        a.lab("""lab = paint_defects.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. Болжамыңызды оң жақтағы сандармен салыстырыңыз. Әр дақ өз түсімен боялған, ең үлкені қызыл жиекпен
   белгіленген; диаграммадағы бағандар — сол түстегі дақтардың өлшемі.
2. «Көршілер» тізімінен «бұрышы ортақ (8)» таңдаңыз. Қай дақтар бірікті? Дақтар саны неге азайды, ал ақаулы
   ұяшықтар саны неге өзгермеді?
3. Ұяшықты басып, тазартыңыз немесе бояңыз. Панель өтуі үшін ең аз дегенде неше ұяшықты тазарту керек?
4. 5 ұяшықтан тұратын, бірақ ереже бойынша бір дақ емес, бес дақ болатын сурет салыңыз.""",
            ru="""### Исследуйте

1. Сравните предсказание с числами справа. Каждое пятно окрашено своим цветом, самое большое обведено красным;
   столбики диаграммы — размеры пятен того же цвета.
2. Выберите в списке «Соседи» вариант «и общий угол (8)». Какие пятна объединились? Почему число пятен
   уменьшилось, а число клеток с дефектом не изменилось?
3. Нажимайте на клетки, очищая или закрашивая их. Какое наименьшее число клеток нужно очистить, чтобы панель
   стала годной?
4. Нарисуйте 5 клеток, которые по правилу дают не одно пятно, а пять.""",
            en="""### Explore

1. Compare your prediction with the numbers beside the picture. Each spot has its own colour, the largest is
   outlined in red; the bars of the chart are the sizes of the spots of the same colour.
2. Choose "also a corner (8)" in the Neighbours list. Which spots joined? Why did the number of spots drop while
   the number of defective cells stayed the same?
3. Press cells to clean or paint them. What is the fewest cells you must clean for the panel to pass?
4. Paint 5 cells that the rule counts as five spots, not one."""),
        a.summary(
            kk="""## Қорытынды

* Камера кадры — **екі өлшемді тізім**: жолдардың тізімі, әр жол — ұяшықтардың тізімі; `grid[r][c]` — `r` жол,
  `c` баған.
* **Индекс** 0-ден басталады; теріс индекс тізімнің соңынан санайды, сондықтан `grid[r - 1]` жоғарғы жолда қате
  бермейді — шекараны өзіміз тексереміз.
* Барлық ұяшықты кірістірілген циклдармен аралаймыз: сыртқысы жолдар, ішкісі бағандар бойынша.
* Ақау дағы — **байланысқан аймақ**: көршілер арқылы бір-бірімен жалғасқан ақаулы ұяшықтар. Көршілерді
  қабырғасы (4) немесе бұрышы да (8) ортақ ұяшықтар деп алуға болады: бұл — зауыттың ережесі.""",
            ru="""## Итоги

* Кадр камеры — **двумерный список**: список строк, каждая строка — список клеток; `grid[r][c]` — строка `r`,
  столбец `c`.
* **Индекс** начинается с 0; отрицательный индекс считает с конца списка, поэтому `grid[r - 1]` в верхней строке
  ошибки не даёт — границу проверяем сами.
* Все клетки обходим вложенными циклами: внешний — по строкам, внутренний — по столбцам.
* Пятно дефектов — **связная область**: клетки с дефектом, соединённые друг с другом через соседей. Соседями можно
  считать клетки с общей стороной (4) или и с общим углом (8): это правило завода.""",
            en="""## Summary

* A camera frame is a **two-dimensional list**: a list of rows, each row a list of cells; `grid[r][c]` is row `r`,
  column `c`.
* An **index** starts at 0; a negative index counts from the end of the list, so `grid[r - 1]` raises no error on
  the top row: we check the border ourselves.
* We visit every cell with nested loops: the outer over the rows, the inner over the columns.
* A defect spot is a **connected region**: defective cells joined to each other through neighbours. Neighbours may
  be the cells sharing a side (4) or also a corner (8): that is the plant's rule."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «`grid[2][5]` — бұл ... жолдағы, ... бағандағы ұяшық, себебі ...».
2. Кадрдың шетіндегі ұяшықтың неше көршісі болуы мүмкін? Бұрыштағы ұяшықтың ше?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «`grid[2][5]` — это клетка в ... строке и ... столбце, потому что ...».
2. Сколько соседей может быть у клетки на краю кадра? А у клетки в углу?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "`grid[2][5]` is the cell in row ... and column ..., because ..."
2. How many neighbours can a cell on the frame's border have? And a cell in a corner?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: flood fill with recursion, a stack and a queue -------------------------------------------

MARK_SPOT = """def mark_spot(grid, r, c, seen):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]):
        return
    if grid[r][c] == 0 or (r, c) in seen:
        return
    seen.add((r, c))
    mark_spot(grid, r - 1, c, seen)
    mark_spot(grid, r + 1, c, seen)
    mark_spot(grid, r, c - 1, seen)
    mark_spot(grid, r, c + 1, seen)"""


def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Бояудағы ақаулар, 2-сабақ. Толтыру алгоритмі: рекурсия, стек және кезек

Сурет салатын бағдарламадағы «бояу құйғыш» бір басумен тұтас аймақты бояйды: басқан нүктеден бастап, түсі
бірдей көршілерге, олардың көршілеріне тарала береді. Бақылау бағдарламасы дақты дәл осылай табады: бір ақаулы
ұяшықтан бастап, оның ақаулы көршілеріне, олардың көршілеріне өтеді. Бұл — **толтыру алгоритмі** (flood fill).
Бүгін оны екі рет жазамыз: өзін-өзі шақыратын функциямен және «кейін қарайтын ұяшықтар» тізімімен. Неге екі
рет? Өйткені біріншісі үлкен дақта тоқтап қалады.""",
            ru="""# Дефекты окраски, урок 2. Алгоритм заливки: рекурсия, стек и очередь

«Заливка» в графическом редакторе одним нажатием закрашивает целую область: от нажатой точки краска растекается к
соседям того же цвета, к их соседям и дальше. Программа контроля находит пятно так же: начинает с одной клетки с
дефектом и переходит к её соседям с дефектом, к их соседям. Это **алгоритм заливки** (flood fill). Сегодня мы
напишем его дважды: функцией, которая вызывает сама себя, и со списком «клеток, которые ещё посмотреть». Зачем
дважды? Потому что первая останавливается на большом пятне.""",
            en="""# Paint defects, lesson 2. Flood fill: recursion, a stack and a queue

The paint bucket of a drawing program fills a whole region with one click: from the point you press, the colour
spreads to the neighbours of the same colour, to their neighbours, and on. The inspection software finds a spot
the same way: it starts at one defective cell and moves on to its defective neighbours, then to theirs. This is
**flood fill**. Today we write it twice: as a function that calls itself, and with a list of the cells still to
look at. Why twice? Because the first one stops on a big spot."""),
        a.text(
            kk="""## 3. Рекурсивті толтыру

Өзін-өзі шақыратын функция **рекурсивті** деп аталады (**рекурсия**). `mark_spot(grid, r, c, seen)` функциясы
`(r, c)` ұяшығын дақтың `seen` жиынына қосып, содан кейін төрт көршісі үшін өзін-өзі шақырады. Шақырулар шексіз
жалғаспауы үшін функцияға бірден аяқталатын жағдайлар керек — **базалық жағдайлар**:

* ұяшық кадрдан тыс — ештеңе істемей қайтамыз;
* ұяшық таза немесе `seen` жиынында бар (оны санап қойдық) — тағы қайтамыз.

Санап қойған ұяшықтарды кадрдың өзінде 0-ге айналдырмаймыз: кадр бағдарламаның басқа бөлігіне (мысалы, жөндеу
постына) әлі керек. Олар бөлек жиында сақталады.""",
            ru="""## 3. Рекурсивная заливка

Функцию, которая вызывает сама себя, называют **рекурсивной** (**рекурсия**). Функция `mark_spot(grid, r, c, seen)`
добавляет клетку `(r, c)` во множество `seen` пятна и затем вызывает себя для четырёх соседей. Чтобы вызовы не шли
бесконечно, нужны случаи, где функция сразу заканчивается, — **базовые случаи**:

* клетка за пределами кадра — возвращаемся, ничего не делая;
* клетка чистая или уже есть в `seen` (мы её посчитали) — тоже возвращаемся.

Посчитанные клетки не превращаем в 0 в самом кадре: кадр ещё нужен другой части программы (например, посту
ремонта). Их хранит отдельное множество.""",
            en="""## 3. A recursive fill

A function that calls itself is **recursive** (**recursion**). The function `mark_spot(grid, r, c, seen)` adds cell
`(r, c)` to the spot's set `seen` and then calls itself for the four neighbours. So that the calls do not go on for
ever, it needs cases where it ends at once, the **base cases**:

* the cell is outside the frame: return without doing anything;
* the cell is clean or already in `seen` (we have counted it): return too.

We do not turn counted cells into 0 in the frame itself: another part of the program (the repair station, for
example) still needs the frame. A separate set keeps them."""),
        a.example(
            kk="""### 2-мысал. Дақтың ұяшықтары

Бірінші кадрдың `(4, 5)` ұяшығы 5 ұяшықтан тұратын дақтың ортасында тұр. Функция оның бес ұяшығын да `seen`
жиынына жинайды; `len(seen)` — дақтың өлшемі.""",
            ru="""### Пример 2. Клетки пятна

Клетка `(4, 5)` первого кадра — в середине пятна из 5 клеток. Функция собирает все пять его клеток во множество
`seen`; `len(seen)` — размер пятна.""",
            en="""### Example 2. The cells of a spot

Cell `(4, 5)` of the first frame is in the middle of a spot of 5 cells. The function gathers all five of its cells
in the set `seen`; `len(seen)` is the spot's size."""),
        a.code(FRAME + "\n\n" + MARK_SPOT + """

seen = set()
mark_spot(frame, 4, 5, seen)
print(len(seen), sorted(seen))
print(paint_defects.spot_size(frame, 4, 5))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертханада толтыру алгоритмі қадам-қадаммен жүреді: ▶ батырмасын басыңыз, әр ұяшыққа келген қадамның нөмірі
жазылады. «Толтыру тәсілі» тізімінде рекурсия, стек және кезек бар. ▶ батырмасын баспас бұрын болжаңыз:
сол жақ жоғарғы дақтың `(1, 1)` ұяшығынан кейін толтыру қай ұяшыққа барады — рекурсиямен, стекпен, кезекпен? Үш
тәсіл дақтарды бірдей ретпен таба ма?""",
            ru="""### Сначала предскажите

В лаборатории заливка идёт шаг за шагом: нажмите ▶, и в каждой клетке появится номер шага, на котором заливка до
неё дошла. В списке «Способ заливки» есть рекурсия, стек и очередь. Прежде чем нажать ▶, предскажите: в какую
клетку заливка придёт после клетки `(1, 1)` левого верхнего пятна — с рекурсией, со стеком, с очередью? Находят ли
три способа пятна в одном и том же порядке?""",
            en="""### Predict first

In the lab the fill runs step by step: press ▶ and each cell shows the number of the step at which the fill reached
it. The list "How the fill goes" offers recursion, a stack and a queue. Before you press ▶, predict: which cell does
the fill go to after cell `(1, 1)` of the top-left spot, with recursion, with a stack, with a queue? Do the three
find the spots in the same order?"""),
        a.lab("""lab = paint_defects.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. Үш тәсілмен де ▶ батырмасын басып, қадам нөмірлерін салыстырыңыз. Рекурсия мен стек бір бағытпен
   тереңге кетеді, кезек толқын сияқты жан-жаққа тарайды.
2. Оң жақтағы графикті қараңыз: әр қадамда неше ұяшық күтіп тұр (рекурсияда — неше шақыру әлі аяқталмаған).
3. Кадрды толығымен бояңыз (барлық ұяшықты басыңыз немесе тышқанмен жүргізіңіз). Рекурсияның ең үлкен
   тереңдігі қандай болды? 40 × 40 кадрда ол қандай болар еді?""",
            ru="""### Исследуйте

1. Нажмите ▶ для всех трёх способов и сравните номера шагов. Рекурсия и стек уходят вглубь в одном направлении,
   очередь расходится во все стороны, как волна.
2. Посмотрите на график справа: сколько клеток ждут на каждом шаге (для рекурсии — сколько вызовов ещё не
   закончилось).
3. Закрасьте кадр целиком (нажмите на все клетки или проведите по ним мышью). Какой стала наибольшая глубина
   рекурсии? Какой она была бы у кадра 40 × 40?""",
            en="""### Explore

1. Press ▶ for each of the three ways and compare the step numbers. Recursion and the stack go deep in one
   direction, the queue spreads out like a wave.
2. Look at the chart on the right: how many cells wait at each step (for recursion: how many calls have not
   finished yet).
3. Paint the whole frame (press every cell or drag over them). How deep did the recursion go? How deep would it go
   on a 40 × 40 frame?"""),
        a.text(
            kk="""## 4. Рекурсия тереңдігі

Әр шақыру өзінен кейінгі шақырулар аяқталғанша күтеді, ал күтіп тұрған әр шақыру жадта орын алады. Бір уақытта
аяқталмаған шақырулардың ең көп саны — **рекурсия тереңдігі**. Бір тұтас дақта ол дақтың ұяшықтарына дейін жетуі
мүмкін. Күтіп тұрған шақырулар **шақырулар стегінде** (call stack) сақталады, ал ол кішкентай: толып кетсе,
бағдарлама апатпен құлайды. Сондықтан Python тереңдікті шектейді: әдетте 1000 шақыру, одан әрі `RecursionError`
қатесі шығады. Камера ақауы немесе бүкіл кадрдағы ағын 40 × 40 = 1600 ұяшықтан (20 см × 20 см) тұратын дақ
береді.""",
            ru="""## 4. Глубина рекурсии

Каждый вызов ждёт, пока не закончатся вызовы после него, и каждый ждущий вызов занимает место в памяти.
Наибольшее число одновременно незаконченных вызовов — **глубина рекурсии**. На одном сплошном пятне она может
дойти до числа клеток пятна. Ждущие вызовы хранятся в **стеке вызовов** (call stack), а он невелик: если он
переполнится, программа аварийно завершится. Поэтому Python ограничивает глубину: обычно 1000 вызовов, дальше
возникает ошибка `RecursionError`. Сбой камеры или потёк на весь кадр дают пятно из 40 × 40 = 1600 клеток
(20 см × 20 см).""",
            en="""## 4. Recursion depth

Each call waits until the calls after it have finished, and every waiting call takes room in memory. The largest
number of calls not yet finished at one time is the **recursion depth**. On one solid spot it can reach the number
of the spot's cells. The waiting calls are kept on the **call stack**, which is small: if it overflowed, the
program would crash. So Python limits the depth: usually 1000 calls, beyond that the error `RecursionError` is
raised. A camera fault or a run over the whole frame gives a spot of 40 × 40 = 1600 cells (20 cm × 20 cm)."""),
        a.misconception(
            kk="""### Дұрыс па?

Ерлан былай дейді: «Компьютердің жады көп, рекурсия кез келген дақты санай алады». Төмендегі ұяшықты іске қосыңыз:
`mark_spot` 40 × 40 тұтас дақта не істейді?""",
            ru="""### Верно ли?

Ерлан говорит: «У компьютера много памяти, рекурсия посчитает любое пятно». Запустите ячейку ниже: что делает
`mark_spot` на сплошном пятне 40 × 40?""",
            en="""### Is it true?

Yerlan says: "A computer has plenty of memory, so recursion can count any spot." Run the cell below: what does
`mark_spot` do on a solid 40 × 40 spot?"""),
        a.code("""import sys

print(sys.getrecursionlimit())
big = [[1] * 40 for _ in range(40)]
seen = set()
try:
    mark_spot(big, 0, 0, seen)
    print(len(seen))
except RecursionError as error:
    print("RecursionError:", error)
    print(pick({"kk": "Тоқтағанға дейін санап үлгерген ұяшықтар:", "ru": "Клеток посчитано до остановки:",
                "en": "Cells counted before it stopped:"}), len(seen))""", role="misconception"),
        a.text(
            kk="""## 5. Рекурсиясыз: стек және кезек

Күтіп тұрған шақырулардың орнына «әлі қарайтын ұяшықтарды» өзіміздің тізімімізде сақтаймыз. Цикл сол тізімнен бір
ұяшықты алады, оның әлі көрмеген ақаулы көршілерін тізімге қосады және тізім босағанша қайталайды.

* Ұяшықты тізімнің соңына `append` арқылы қосып, соңынан `pop` арқылы алсақ, соңғы қосылған бірінші шығады —
  бұл **стек**.
* `collections.deque` ішіне `append` арқылы қосып, басынан `popleft` арқылы алсақ, бірінші қосылған бірінші
  шығады — бұл **кезек**.

Тізімнің ұзындығын Python шектемейді, сондықтан 1600 ұяшық та, 3600 ұяшық та қиын емес. Кадрдағы барлық дақты
санау үшін кадрды жол-жолымен аралаймыз: `seen` ішінде жоқ ақаулы ұяшыққа кездессек, дақтар санына бірді қосып,
сол ұяшықтан дақты толтырамыз (оның ұяшықтары `seen` жиынына түседі). Зертхана дәл осылай санайды.""",
            ru="""## 5. Без рекурсии: стек и очередь

Вместо ждущих вызовов будем хранить «клетки, которые ещё посмотреть» в своём списке. Цикл берёт из него одну клетку,
добавляет в список её ещё не виденных соседей с дефектом и повторяет, пока список не опустеет.

* Если класть клетки в конец списка (`append`) и брать с конца (`pop`), первой выходит последняя добавленная —
  это **стек**.
* Если класть в `collections.deque` (`append`) и брать из начала (`popleft`), первой выходит первая добавленная —
  это **очередь**.

Длину списка Python не ограничивает, поэтому и 1600, и 3600 клеток не проблема. Чтобы посчитать все пятна кадра,
обходим кадр по строкам: встретив клетку с дефектом, которой нет в `seen`, прибавляем к числу пятен единицу и
заливаем пятно от этой клетки (его клетки попадают в `seen`). Лаборатория считает именно так.""",
            en="""## 5. Without recursion: a stack and a queue

Instead of waiting calls we keep the cells still to look at in a list of our own. A loop takes one cell from it,
adds the defective neighbours not seen yet to the list, and repeats until the list is empty.

* If we put cells on the end of a list (`append`) and take them from the end (`pop`), the last one added comes out
  first: that is a **stack**.
* If we put them into a `collections.deque` (`append`) and take them from the front (`popleft`), the first one
  added comes out first: that is a **queue**.

Python does not limit a list's length, so 1600 or 3600 cells are no trouble. To count all the spots of a frame we
scan it row by row: at a defective cell not in `seen` we add one to the count of spots and fill the spot from that
cell (its cells go into `seen`). The lab counts exactly this way."""),
        a.example(
            kk="""### 3-мысал. Кезекпен толтыру

Функция дақтың ұяшықтарын толтыру оларға жеткен ретпен қайтарады. 40 × 40 тұтас дақта ол 1600 ұяшықтың бәрін
табады.""",
            ru="""### Пример 3. Заливка с очередью

Функция возвращает клетки пятна в том порядке, в каком заливка до них дошла. На сплошном пятне 40 × 40 она находит
все 1600 клеток.""",
            en="""### Example 3. A fill with a queue

The function returns the cells of the spot in the order the fill reached them. On the solid 40 × 40 spot it finds
all 1600 cells."""),
        a.code("""from collections import deque


def spot_cells_queue(grid, r, c):
    if grid[r][c] == 0:
        return []
    seen = {(r, c)}
    waiting = deque([(r, c)])
    order = []
    while waiting:
        r, c = waiting.popleft()
        order.append((r, c))
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            inside = 0 <= nr < len(grid) and 0 <= nc < len(grid[0])
            if inside and grid[nr][nc] == 1 and (nr, nc) not in seen:
                seen.add((nr, nc))
                waiting.append((nr, nc))
    return order


print(spot_cells_queue(frame, 4, 5))
print(len(spot_cells_queue(big, 0, 0)))
print(paint_defects.count_spots(frame), paint_defects.largest_spot(frame))""", role="example"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Бақылау бағдарламасын сынау үшін инженерлер жауабы алдын ала белгілі сынақ кадрларын салады. Келесі зертханада
сіз таза кадрға сондай сурет саласыз: көршілер қабырғасы ортақ ұяшықтар болғанда бағдарлама 5 дақ, бұрышы ортақ
ұяшықтар да көрші болғанда 2 дақ табуы керек. Бояудан бұрын ойланыңыз: 5 дақ қалай 2 дақ бола алады? Мұндай
кадрда ең аз дегенде неше ақаулы ұяшық болады?""",
            ru="""### Сначала оцените

Чтобы испытать программу контроля, инженеры рисуют тестовые кадры с заранее известным ответом. В следующей
лаборатории вы нарисуете такой кадр на чистом поле: программа должна найти 5 пятен, когда соседи — клетки с общей
стороной, и 2 пятна, когда соседи и клетки с общим углом. Прежде чем рисовать, подумайте: как 5 пятен могут стать
2? Сколько клеток с дефектом будет в таком кадре как минимум?""",
            en="""### Estimate first

To test the inspection software, engineers paint test frames whose answer they know beforehand. In the next lab you
paint such a frame on a clean grid: the software must find 5 spots when neighbours share a side and 2 spots when
cells sharing a corner are neighbours too. Before you paint, think: how can 5 spots become 2? At least how many
defective cells does such a frame have?"""),
        a.design_lab("""design_lab = paint_defects.make_lab("test-frame")
design_lab"""),
        a.text(
            kk="""Талаптардың бәрі орындалатындай кадрды бояп, **Жобаны тексеру** батырмасын басыңыз. Бағалауыңыз расталды
ма? Талаптарды орындайтын басқа кадр салыңыз: бағдарламаны сынау үшін қайсысы жақсырақ және неге?""",
            ru="""Раскрасьте кадр так, чтобы выполнялись все требования, и нажмите **Проверить проект**. Подтвердилась ли
ваша оценка? Нарисуйте другой кадр, который выполняет требования: какой из них лучше для испытания программы и
почему?""",
            en="""Paint the frame so that every requirement holds, and press **Check the design**. Was your estimate right?
Paint another frame that meets the requirements: which of the two tests the software better, and why?"""),
        a.summary(
            kk="""## Қорытынды

* **Толтыру алгоритмі** бір ақаулы ұяшықтан бастап, көршілер арқылы бүкіл дақты табады; дақтарды санау үшін
  кадрды аралап, әлі көрілмеген әр ақаулы ұяшықтан толтыруды бастаймыз.
* **Рекурсия** — функцияның өзін-өзі шақыруы; оған тоқтайтын **базалық жағдай** керек (кадрдан тыс, таза не
  санап қойған ұяшық).
* **Рекурсия тереңдігі** Python-да шамамен 1000-мен шектелген: үлкен дақта рекурсивті толтыру `RecursionError`
  қатесімен тоқтайды.
* **Стек** (`append`, `pop`) немесе **кезек** (`deque`, `popleft`) күтіп тұрған ұяшықтарды өз тізімімізде
  сақтайды, сондықтан дақтың өлшемі шектелмейді.
* Кадрдың өзін өзгертпейміз: санап қойған ұяшықтарды бөлек жиында сақтаймыз.""",
            ru="""## Итоги

* **Алгоритм заливки** начинает с одной клетки с дефектом и находит через соседей всё пятно; чтобы посчитать пятна,
  обходим кадр и начинаем заливку с каждой ещё не виденной клетки с дефектом.
* **Рекурсия** — вызов функцией самой себя; ей нужен **базовый случай**, где она останавливается (клетка вне
  кадра, чистая или уже посчитанная).
* **Глубина рекурсии** в Python ограничена примерно 1000: на большом пятне рекурсивная заливка останавливается с
  ошибкой `RecursionError`.
* **Стек** (`append`, `pop`) или **очередь** (`deque`, `popleft`) хранят ждущие клетки в нашем собственном списке,
  поэтому размер пятна не ограничен.
* Сам кадр не меняем: посчитанные клетки храним в отдельном множестве.""",
            en="""## Summary

* **Flood fill** starts at one defective cell and finds the whole spot through neighbours; to count the spots we
  scan the frame and start a fill at every defective cell not seen yet.
* **Recursion** is a function calling itself; it needs a **base case** where it stops (a cell outside the frame,
  clean or already counted).
* The **recursion depth** in Python is limited to about 1000: on a big spot a recursive fill stops with the error
  `RecursionError`.
* A **stack** (`append`, `pop`) or a **queue** (`deque`, `popleft`) keeps the waiting cells in a list of our own,
  so the size of a spot is not limited.
* We do not change the frame itself: a separate set keeps the counted cells."""),
        a.reflection(
            kk="""## Рефлексия

1. Рекурсивті функцияда базалық жағдайды ұмытсаңыз не болады? Мұны қай жерден байқар едіңіз?
2. Бақылау бағдарламасы үшін қай тәсілді таңдар едіңіз: рекурсия, стек әлде кезек? Неге?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Что будет, если забыть базовый случай в рекурсивной функции? По чему вы бы это заметили?
2. Какой способ вы бы выбрали для программы контроля: рекурсию, стек или очередь? Почему?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. What happens if you forget the base case of a recursive function? How would you notice?
2. Which way would you choose for the inspection software: recursion, a stack or a queue? Why?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = '''import sympy as sp
from curriculum.units import ureg
from curriculum.check import (advise, check_design, check_function, compare, is_recursive,
                              leaves_arguments_unchanged, require, rules, self_check)
from curriculum.i18n import pick
from curriculum.labs.paint_defects import DESIGN_SPEC, design_result, grid_from_text, make_lab

# [kk] кадрдың өлшемдері: n жол, m баған; оларға сан бермеңіз
# [ru] размеры кадра: n строк, m столбцов; не присваивайте им чисел
# [en] the frame's size: n rows, m columns; do not give them numbers
n, m = sp.symbols("n m", positive=True, integer=True)

PANEL = grid_from_text("""
..............
.##.......#...
.##........#..
......#.......
.....###...##.
......#....##.
..#...........
..#..##....###
.....#.....#..
#.............
""")'''

PANEL_ROWS = (
    "..............",
    ".##.......#...",
    ".##........#..",
    "......#.......",
    ".....###...##.",
    "......#....##.",
    "..#...........",
    "..#..##....###",
    ".....#.....#..",
    "#.............",
)
"""The assignment's frame (10 rows of 14 cells), as its setup cell writes it."""

LAB = "from curriculum.labs import paint_defects as _lab"


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    n, m = sp.symbols("n m", positive=True, integer=True)
    every_cell_four = rules.wrong_answer(4 * n * m, code="four-per-cell", message={
        "kk": "Әр ұяшықтың төрт көршісі жоқ: шеттегі ұяшықтарда азырақ. Оның үстіне әр жұп екі рет саналды.",
        "ru": "Не у каждой клетки четыре соседа: у клеток на краю их меньше. К тому же каждая пара посчитана дважды.",
        "en": "Not every cell has four neighbours: those on the border have fewer. And each pair was counted twice."})
    return {"pairs": fingerprint(n * (m - 1) + m * (n - 1), mistakes=[every_cell_four], salt=salt("pairs"))}


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Бояу цехының бақылау бағдарламасы: дақтар және шешім

Бақылау туннелінің бағдарламасы камера кадрын 5 мм × 5 мм ұяшықтарға бөліп, ақау тапқан ұяшықты 1, таза ұяшықты
0 деп белгілейді. Бірінші код ұяшығындағы `PANEL` — осындай кадр, 10 жол және 14 баған (кадр ойдан алынған).
Бұл тапсырмада сіз ақаулардың ауданын есептейсіз, көршілерді, дақтың өлшемін және дақтар санын табатын
функциялар жазасыз, зауыттың ережесін шешімге айналдырасыз және бағдарламаны сынайтын кадр саласыз. Зауыттың
ережесі: кадрда 3 дақтан артық емес және әр дақ 4 ұяшықтан аспаса, панель өтеді, әйтпесе жергілікті жөндеуге
жіберіледі. Уақыты — 45 минут.

**Жауапты қалай жазу керек.** Функцияларды тапсырмада көрсетілген атпен және аргументтермен жазыңыз. Функция
кадрды (`grid` тізімін) өзгертпеуі керек. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін
тексереді, ал бағаны жасырын тесттер көп кадрда қояды және ең кіші қате кадрды көрсетеді.""",
            ru="""# Программа контроля окрасочного цеха: пятна и решение

Программа туннеля контроля делит кадр камеры на клетки 5 мм × 5 мм и отмечает клетку с найденным дефектом как 1,
чистую — как 0. `PANEL` в первой ячейке кода — такой кадр, 10 строк и 14 столбцов (кадр вымышлен). В этом задании
вы вычислите площадь дефектов, напишете функции, которые находят соседей, размер пятна и число пятен, превратите
правило завода в решение и нарисуете кадр для испытания программы. Правило завода: панель годна, если в кадре не
больше 3 пятен и каждое не больше 4 клеток, иначе её отправляют на локальный ремонт. Время — 45 минут.

**Как записывать ответы.** Пишите функции с именами и аргументами, указанными в задаче. Функция не должна менять
кадр (список `grid`). Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа, а оценку ставят
скрытые тесты на многих кадрах и показывают самый маленький кадр, на котором функция ошибается.""",
            en="""# The paint shop's inspection software: spots and the decision

The inspection tunnel's software splits a camera frame into cells of 5 mm × 5 mm and marks a cell where it found a
defect as 1, a clean one as 0. `PANEL` in the first code cell is such a frame, 10 rows of 14 columns (the frame is
fictional). In this assignment you compute the defects' area, write functions that find neighbours, the size of a
spot and the number of spots, turn the plant's rule into a decision and paint a frame that tests the software. The
plant's rule: the panel passes if the frame has at most 3 spots and each has at most 4 cells; otherwise it goes to
spot repair. Time: 45 minutes.

**How to write answers.** Write the functions with the names and arguments the task gives. A function must not
change the frame (the list `grid`). Run the test cell under each task: it checks the form of your answer; the
grade comes from hidden tests on many frames, which show the smallest frame on which your function goes wrong."""),

        a.text(kk="## А бөлім. Кадр және көршілер", ru="## Часть А. Кадр и соседи", en="## Part A. The frame and the neighbours"),
        a.task(1, 1, "A",
               kk="""Кадрдың әр ұяшығы панельдің 5 мм × 5 мм ауданын алады. `PANEL` кадрындағы ақаулы ұяшықтарды кодпен санап
(кірістірілген циклдармен), олар жабатын ауданды `defect_area` pint шамасы ретінде беріңіз, мысалы,
`defect_area = 100 * ureg.mm**2` түрінде (бұл жауап емес); `ureg.cm**2` бірлігі де қабылданады.""",
               ru="""Каждая клетка кадра занимает 5 мм × 5 мм панели. Посчитайте кодом (вложенными циклами) клетки с дефектом в
кадре `PANEL` и запишите покрытую ими площадь `defect_area` как величину pint, в виде, например,
`defect_area = 100 * ureg.mm**2` (это не ответ); единица `ureg.cm**2` тоже принимается.""",
               en="""Each cell of the frame covers 5 mm × 5 mm of the panel. Count the defective cells of the frame `PANEL` with
code (nested loops) and give the area they cover, `defect_area`, as a pint quantity, in a form such as
`defect_area = 100 * ureg.mm**2` (not the answer); `ureg.cm**2` is accepted too."""),
        a.answer("defect-area", """defects = 0
for row in PANEL:
    for cell in row:
        defects = defects + cell
defect_area = defects * (5 * ureg.mm) ** 2""", hint={
            "kk": "defect_area = ... * ureg.mm**2   (ақаулы ұяшықтардың ауданы)",
            "ru": "defect_area = ... * ureg.mm**2   (площадь клеток с дефектом)",
            "en": "defect_area = ... * ureg.mm**2   (the area of the defective cells)"}),
        a.tests("defect-area-test", 1, public="""require(compare(defect_area, "mm**2", mode="dimension"))""",
                hidden="""require(compare(defect_area, "625 mm**2", mode="units", rtol=1e-6, rules=[
    rules.wrong_answer("2875 mm**2", code="clean-cells-counted", message={
        "kk": "Сіз таза ұяшықтарды санадыңыз: ақау — 1 белгіленген ұяшық.",
        "ru": "Вы посчитали чистые клетки: дефект — это клетка, отмеченная 1.",
        "en": "You counted the clean cells: a defect is a cell marked 1."}),
    rules.wrong_answer("125 mm**2", code="cell-area", message={
        "kk": "Бір ұяшықтың ауданы 5 мм емес, 5 мм × 5 мм.",
        "ru": "Площадь одной клетки не 5 мм, а 5 мм × 5 мм.",
        "en": "One cell's area is not 5 mm but 5 mm × 5 mm."})]))"""),

        a.task(2, 1, "A",
               kk="""`defective_neighbours(grid, r, c)` функциясын жазыңыз: ол `(r, c)` ұяшығымен қабырғасы ортақ (жоғарғы,
төменгі, сол, оң) ұяшықтардың неше ақаулы екенін қайтарсын, 0-ден 4-ке дейінгі бүтін сан. Ұяшықтың өзі саналмайды.
Кадрдың шетінде тізімнен шықпаңыз: `grid[-1]` не соңғы жолдан кейінгі жол оқылмауы керек. Мысалы,
`defective_neighbours([[1, 1], [0, 1]], 0, 1)` нәтижесі `2`.""",
               ru="""Напишите функцию `defective_neighbours(grid, r, c)`: она возвращает, сколько из клеток с общей стороной с
клеткой `(r, c)` (верхней, нижней, левой, правой) с дефектом, — целое число от 0 до 4. Сама клетка не считается.
У края кадра не выходите за список: нельзя читать `grid[-1]` или строку после последней. Например,
`defective_neighbours([[1, 1], [0, 1]], 0, 1)` даёт `2`.""",
               en="""Write the function `defective_neighbours(grid, r, c)`: it returns how many of the cells sharing a side with
cell `(r, c)` (above, below, left, right) are defects, a whole number from 0 to 4. The cell itself does not count.
At the frame's border stay inside the list: never read `grid[-1]` or a row after the last. For example,
`defective_neighbours([[1, 1], [0, 1]], 0, 1)` gives `2`."""),
        a.answer("defective-neighbours", """def defective_neighbours(grid, r, c):
    count = 0
    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == 1:
            count = count + 1
    return count""", hint={
            "kk": "def defective_neighbours(grid, r, c): ... ақаулы көршілердің санын қайтарыңыз",
            "ru": "def defective_neighbours(grid, r, c): ... верните число соседей с дефектом",
            "en": "def defective_neighbours(grid, r, c): ... return the number of defective neighbours"}),
        a.tests("defective-neighbours-test", 1, public="""assert callable(defective_neighbours), pick({"kk": "defective_neighbours — функция болуы керек (def defective_neighbours(grid, r, c): ...).", "ru": "defective_neighbours должна быть функцией (def defective_neighbours(grid, r, c): ...).", "en": "defective_neighbours should be a function (def defective_neighbours(grid, r, c): ...)."})
advise(check_function(defective_neighbours, lambda grid, r, c: 2, inputs=[([[1, 1], [0, 1]], 0, 1)]))""",
                hidden=LAB + """
require(check_function(defective_neighbours, _lab.defective_neighbours,
                       inputs=[(PANEL, 2, 1), (PANEL, 0, 0), (PANEL, 9, 0), (PANEL, 9, 13), (PANEL, 4, 6),
                               ([[1]], 0, 0), ([[1, 1, 1]], 0, 1), ([[1], [0], [1]], 0, 0), ([[0, 1, 1]], 0, 0),
                               ([[1, 1, 1], [1, 1, 1], [1, 1, 1]], 1, 1), ([[1, 0], [0, 1]], 1, 1)],
                       strategy=_lab.grid_cells(6, 6), max_examples=150))"""),

        a.text(kk="## Ә бөлім. Дақтар: рекурсия және стек", ru="## Часть Б. Пятна: рекурсия и стек",
               en="## Part B. Spots: recursion and a stack"),
        a.task(3, 2, "B",
               kk="""`spot_size(grid, r, c)` функциясын **рекурсиямен** жазыңыз: ол `(r, c)` ұяшығы жататын дақтың неше
ұяшықтан тұратынын қайтарсын (қабырғасы ортақ көршілер), ал ұяшық таза болса — `0`. Өзін-өзі шақыратын көмекші
функция жазуға болады. Базалық жағдайларды ұмытпаңыз; санап қойған ұяшықтарды кадрда өзгертпей, бөлек жиында
сақтаңыз. Мысалы, `spot_size([[1, 1, 0], [0, 1, 0]], 0, 0)` нәтижесі `3`. Кадрлар кішкене болады (144 ұяшыққа
дейін).""",
               ru="""Напишите функцию `spot_size(grid, r, c)` **рекурсивно**: она возвращает, из скольких клеток состоит пятно, в
котором лежит клетка `(r, c)` (соседи по стороне), а для чистой клетки — `0`. Можно написать вспомогательную функцию,
которая вызывает сама себя. Не забудьте базовые случаи; посчитанные клетки храните в отдельном множестве, не меняя
кадр. Например, `spot_size([[1, 1, 0], [0, 1, 0]], 0, 0)` даёт `3`. Кадры будут небольшими (до 144 клеток).""",
               en="""Write the function `spot_size(grid, r, c)` **recursively**: it returns how many cells the spot holding cell
`(r, c)` has (neighbours sharing a side), and `0` for a clean cell. You may write a helper function that calls
itself. Remember the base cases; keep the counted cells in a separate set and do not change the frame. For example,
`spot_size([[1, 1, 0], [0, 1, 0]], 0, 0)` gives `3`. The frames are small (up to 144 cells)."""),
        a.answer("spot-size", """def spot_size(grid, r, c):
    seen = set()

    def fill(r, c):
        if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]):
            return 0
        if grid[r][c] == 0 or (r, c) in seen:
            return 0
        seen.add((r, c))
        return 1 + fill(r - 1, c) + fill(r + 1, c) + fill(r, c - 1) + fill(r, c + 1)

    return fill(r, c)""", hint={
            "kk": "def spot_size(grid, r, c): ... рекурсиямен дақтың ұяшықтар санын қайтарыңыз",
            "ru": "def spot_size(grid, r, c): ... рекурсивно верните число клеток пятна",
            "en": "def spot_size(grid, r, c): ... return the number of the spot's cells, recursively"}),
        a.tests("spot-size-test", 2, public="""assert callable(spot_size), pick({"kk": "spot_size — функция болуы керек (def spot_size(grid, r, c): ...).", "ru": "spot_size должна быть функцией (def spot_size(grid, r, c): ...).", "en": "spot_size should be a function (def spot_size(grid, r, c): ...)."})
advise(check_function(spot_size, lambda grid, r, c: 3, inputs=[([[1, 1, 0], [0, 1, 0]], 0, 0)]))""",
                hidden=LAB + """
require(check_function(spot_size, _lab.spot_size,
                       inputs=[(PANEL, 4, 6), (PANEL, 1, 1), (PANEL, 0, 0), (PANEL, 9, 0), (PANEL, 7, 13),
                               ([[1]], 0, 0), ([[0]], 0, 0), ([[1, 0, 1]], 0, 2), ([[1, 1], [1, 1]], 1, 0),
                               (_lab.snake(12, 12), 0, 0), (_lab.one_spot(12, 12), 5, 7)],
                       strategy=_lab.grid_cells(8, 8), max_examples=150))
require(compare(is_recursive(spot_size, PANEL, 4, 6), True, rules=[
    rules.wrong_answer(False, code="not-recursive", message={
        "kk": "spot_size дұрыс санайды, бірақ рекурсиясыз: тапсырма өзін-өзі шақыратын функцияны сұрайды.",
        "ru": "spot_size считает верно, но без рекурсии: задача просит функцию, которая вызывает сама себя.",
        "en": "spot_size counts right, but without recursion: the task asks for a function that calls itself."})]))
require(compare(leaves_arguments_unchanged(spot_size, PANEL, 4, 6), True, rules=[
    rules.wrong_answer(False, code="changes-the-frame", message={
        "kk": "spot_size кадрдың өзін өзгертеді (санаған ұяшықтарды 0 етеді): санап қойған ұяшықтарды бөлек жиында сақтаңыз.",
        "ru": "spot_size меняет сам кадр (обнуляет посчитанные клетки): храните посчитанные клетки в отдельном множестве.",
        "en": "spot_size changes the frame itself (it zeroes the cells it counted): keep the counted cells in a separate set."})]))"""),

        a.task(4, 2, "B",
               kk="""`count_spots(grid)` функциясын **рекурсиясыз**, стекпен (`append`, `pop`) немесе кезекпен (`deque`, `popleft`)
жазыңыз: ол кадрдағы дақтардың санын қайтарсын (қабырғасы ортақ көршілер). Функция бір тұтас дақтан тұратын
60 × 60 кадрда да жұмыс істеуі керек, ал кадрдың өзін өзгертпеуі керек. Мысалы,
`count_spots([[1, 0, 1], [0, 1, 1]])` нәтижесі `2`.""",
               ru="""Напишите функцию `count_spots(grid)` **без рекурсии**, со стеком (`append`, `pop`) или очередью (`deque`,
`popleft`): она возвращает число пятен кадра (соседи по стороне). Функция должна работать и на кадре 60 × 60 из
одного сплошного пятна и не менять сам кадр. Например, `count_spots([[1, 0, 1], [0, 1, 1]])` даёт `2`.""",
               en="""Write the function `count_spots(grid)` **without recursion**, with a stack (`append`, `pop`) or a queue
(`deque`, `popleft`): it returns the number of spots of the frame (neighbours sharing a side). It must work on a
60 × 60 frame that is one solid spot too, and it must not change the frame. For example,
`count_spots([[1, 0, 1], [0, 1, 1]])` gives `2`."""),
        a.answer("count-spots", """def count_spots(grid):
    seen = set()
    spots = 0
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if grid[r][c] == 1 and (r, c) not in seen:
                spots = spots + 1
                seen.add((r, c))
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= ni < len(grid) and 0 <= nj < len(grid[0]) and grid[ni][nj] == 1 and (ni, nj) not in seen:
                            seen.add((ni, nj))
                            stack.append((ni, nj))
    return spots""", hint={
            "kk": "def count_spots(grid): ... стекпен не кезекпен дақтардың санын қайтарыңыз",
            "ru": "def count_spots(grid): ... верните число пятен, со стеком или очередью",
            "en": "def count_spots(grid): ... return the number of spots, with a stack or a queue"}),
        a.tests("count-spots-test", 2, public="""assert callable(count_spots), pick({"kk": "count_spots — функция болуы керек (def count_spots(grid): ...).", "ru": "count_spots должна быть функцией (def count_spots(grid): ...).", "en": "count_spots should be a function (def count_spots(grid): ...)."})
advise(check_function(count_spots, lambda grid: 2, inputs=[([[1, 0, 1], [0, 1, 1]],)]))""",
                hidden=LAB + """
require(check_function(count_spots, _lab.count_spots,
                       inputs=[PANEL, [[0]], [[1]], [[1, 0, 1, 0, 1]], [[1], [0], [1]], [[1, 0], [0, 1]],
                               [[1, 1], [1, 1]], [[0, 0, 0], [0, 0, 0]], [[1, 0, 1], [1, 0, 1], [1, 1, 1]],
                               _lab.snake(9, 7), _lab.one_spot(60, 60), _lab.snake(45, 45)],
                       strategy=_lab.grids(10, 10), max_examples=150, timeout=3))
require(compare(is_recursive(count_spots, PANEL), False, rules=[
    rules.wrong_answer(True, code="recursive", message={
        "kk": "count_spots дұрыс санайды, бірақ рекурсиямен (рекурсия шегін көтеру де рекурсия): тапсырма рекурсиясыз, стекпен не кезекпен жазуды сұрайды.",
        "ru": "count_spots считает верно, но с рекурсией (поднять предел рекурсии — тоже рекурсия): задача просит написать её без рекурсии, со стеком или очередью.",
        "en": "count_spots counts right, but with recursion (raising the recursion limit is still recursion): the task asks for it without recursion, with a stack or a queue."})]))
require(compare(leaves_arguments_unchanged(count_spots, PANEL), True, rules=[
    rules.wrong_answer(False, code="changes-the-frame", message={
        "kk": "count_spots кадрдың өзін өзгертеді (санаған ұяшықтарды 0 етеді): санап қойған ұяшықтарды бөлек жиында сақтаңыз.",
        "ru": "count_spots меняет сам кадр (обнуляет посчитанные клетки): храните посчитанные клетки в отдельном множестве.",
        "en": "count_spots changes the frame itself (it zeroes the cells it counted): keep the counted cells in a separate set."})]))"""),

        a.task(5, 1, "B",
               kk="""Дақтарды іздегенде бағдарлама қабырғасы ортақ ұяшықтар жұптарын қарайды: бір тұтас дақтан тұратын кадрда
ол әр жұпты екі рет қарайды. $n$ жол мен $m$ бағаннан тұратын кадрда қабырғасы ортақ ұяшықтардың неше жұбы бар?
Жауапты `n` мен `m` арқылы sympy өрнегі ретінде жазыңыз: `pairs = ...`, мысалы, `pairs = n + m` түрінде (бұл
жауап емес).""",
               ru="""Ища пятна, программа смотрит на пары клеток с общей стороной: в кадре из одного сплошного пятна она смотрит на
каждую пару дважды. Сколько пар клеток с общей стороной в кадре из $n$ строк и $m$ столбцов? Запишите ответ
выражением sympy через `n` и `m`: `pairs = ...`, в виде, например, `pairs = n + m` (это не ответ).""",
               en="""While looking for spots, the software looks at pairs of cells sharing a side: in a frame that is one solid
spot it looks at each pair twice. How many pairs of cells sharing a side does a frame of $n$ rows and $m$ columns
have? Write the answer as a sympy expression in `n` and `m`: `pairs = ...`, in a form such as `pairs = n + m` (not
the answer)."""),
        a.answer("adjacent-pairs", "pairs = n * (m - 1) + m * (n - 1)", hint={
            "kk": "pairs = ...   (n мен m арқылы sympy өрнегі)", "ru": "pairs = ...   (выражение sympy через n и m)",
            "en": "pairs = ...   (a sympy expression in n and m)"}),
        a.tests("adjacent-pairs-test", 1, public=f"""assert isinstance(pairs, sp.Expr), pick({{"kk": "pairs — n мен m әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "pairs должно быть выражением sympy из n и m.", "en": "pairs should be a sympy expression made of n and m."}})
assert {{s.name for s in pairs.free_symbols}} <= {{"n", "m"}}, pick({{"kk": "pairs өрнегінде тек n мен m әріптері болуы керек.", "ru": "В выражении pairs могут быть только буквы n и m.", "en": "pairs may use only the letters n and m."}})
advise(self_check(pairs, "{token['pairs']}"))""",
                hidden="""require(compare(pairs, "n*(m - 1) + m*(n - 1)", rules=[
    rules.wrong_answer("2*n*m", code="border-forgotten", message={
        "kk": "Шеттегі ұяшықтардың оң жағында не астында көрші жоқ: соңғы бағанды және соңғы жолды ескеріңіз.",
        "ru": "У клеток на краю нет соседа справа или снизу: учтите последний столбец и последнюю строку.",
        "en": "Cells on the border have no neighbour on the right or below: mind the last column and the last row."}),
    rules.wrong_answer("4*n*m", code="four-per-cell", message={
        "kk": "Әр ұяшықтың төрт көршісі жоқ: шеттегі ұяшықтарда азырақ. Оның үстіне әр жұп екі рет саналды.",
        "ru": "Не у каждой клетки четыре соседа: у клеток на краю их меньше. К тому же каждая пара посчитана дважды.",
        "en": "Not every cell has four neighbours: those on the border have fewer. And each pair was counted twice."})]))"""),

        a.task(6, 2, "B",
               kk="""`inspect_panel(grid)` функциясын жазыңыз: ол `(дақтар саны, ең үлкен дақтың ұяшықтар саны, шешім)`
кортежін қайтарсын, мұндағы шешім — зауыттың ережесі бойынша `"pass"` (кадрда 3 дақтан артық емес және әр дақ 4
ұяшықтан аспайды) немесе `"repair"`. Таза кадр үшін `(0, 0, "pass")`. Өзіңіздің `count_spots` және `spot_size`
функцияларыңызды қолдануға болады. Мысалы, `inspect_panel([[1, 1, 0], [0, 0, 1]])` нәтижесі `(2, 2, "pass")`.""",
               ru="""Напишите функцию `inspect_panel(grid)`: она возвращает кортеж `(число пятен, число клеток самого большого
пятна, решение)`, где решение по правилу завода — `"pass"` (в кадре не больше 3 пятен и каждое не больше 4 клеток)
или `"repair"`. Для чистого кадра — `(0, 0, "pass")`. Можно использовать свои функции `count_spots` и `spot_size`.
Например, `inspect_panel([[1, 1, 0], [0, 0, 1]])` даёт `(2, 2, "pass")`.""",
               en="""Write the function `inspect_panel(grid)`: it returns the tuple `(number of spots, cells of the largest spot,
decision)`, the decision by the plant's rule being `"pass"` (at most 3 spots in the frame and each of at most 4
cells) or `"repair"`. For a clean frame, `(0, 0, "pass")`. You may use your own functions `count_spots` and
`spot_size`. For example, `inspect_panel([[1, 1, 0], [0, 0, 1]])` gives `(2, 2, "pass")`."""),
        a.answer("inspect-panel", """def inspect_panel(grid):
    spots = count_spots(grid)
    largest = 0
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            largest = max(largest, spot_size(grid, r, c))
    decision = "pass" if spots <= 3 and largest <= 4 else "repair"
    return spots, largest, decision""", hint={
            "kk": "def inspect_panel(grid): ... (дақтар, ең үлкен дақ, шешім) кортежін қайтарыңыз",
            "ru": "def inspect_panel(grid): ... верните кортеж (пятна, самое большое пятно, решение)",
            "en": "def inspect_panel(grid): ... return the tuple (spots, largest spot, decision)"}),
        a.tests("inspect-panel-test", 2, public="""assert callable(inspect_panel), pick({"kk": "inspect_panel — функция болуы керек (def inspect_panel(grid): ...).", "ru": "inspect_panel должна быть функцией (def inspect_panel(grid): ...).", "en": "inspect_panel should be a function (def inspect_panel(grid): ...)."})
advise(check_function(inspect_panel, lambda grid: (2, 2, "pass"), inputs=[([[1, 1, 0], [0, 0, 1]],)]))""",
                hidden=LAB + """
require(check_function(inspect_panel, _lab.inspect_panel,
                       inputs=[PANEL, [[0]], [[0, 0], [0, 0]], [[1, 1], [1, 1]], [[1, 1, 1, 1, 1]],
                               [[1, 0, 1, 0, 1]], [[1, 0, 1, 0, 1, 0, 1]], [[1, 1, 0, 1], [1, 1, 0, 1], [0, 0, 0, 1]],
                               [[1, 1, 0, 1, 1, 0, 1, 1], [1, 1, 0, 1, 1, 0, 1, 1]], [[1, 0, 1], [0, 1, 0]]],
                       strategy=_lab.grids(7, 7), max_examples=150,
                       helpers={"count_spots": _lab.count_spots, "spot_size": _lab.spot_size}))"""),

        a.text(kk="## Б бөлім. Бағдарламаны сынау", ru="## Часть В. Испытание программы",
               en="## Part C. Testing the software"),
        a.task(7, 2, "C",
               kk="""Бағдарламаны сынайтын кадр салыңыз: көршілер қабырғасы ортақ ұяшықтар болғанда ол 5 дақ, бұрышы ортақ
ұяшықтар да көрші болғанда 2 дақ беруі керек, әр дақ 4 ұяшықтан аспасын, ал барлық ақаулы ұяшық 16-дан аспасын.
Төмендегі зертханада кадрды бояп, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен
`design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Нарисуйте кадр для испытания программы: когда соседи — клетки с общей стороной, он должен давать 5 пятен, а
когда соседи и клетки с общим углом — 2 пятна; каждое пятно не больше 4 клеток, а всего клеток с дефектом не
больше 16. Раскрасьте кадр в лаборатории ниже, нажмите **Проверить проект** и скопируйте в ячейку ответа строку
`design = {...}`, которую показывает лаборатория.""",
               en="""Paint a frame that tests the software: when neighbours share a side it must give 5 spots, when cells sharing a
corner are neighbours too it must give 2 spots; no spot may have more than 4 cells and there may be at most 16
defective cells in all. Paint the frame in the lab below, press **Check the design**, then copy the line
`design = {...}` that the lab shows into the answer cell."""),
        a.code("""make_lab("test-frame")"""),
        a.answer("test-frame", """design = {'grid': ['#.......',
                   '.#......',
                   '..#.....',
                   '........',
                   '....#...',
                   '.....#..']}""", before="# design = {'grid': [...]}"),
        a.tests("test-frame-test", 2, public="""assert isinstance(design, dict) and "grid" in design, pick({"kk": "design = {'grid': [...]} (зертхана көрсететін жол)", "ru": "design = {'grid': [...]} (строка, которую показывает лаборатория)", "en": "design = {'grid': [...]} (the line the lab shows)"})
advise(check_design(design, DESIGN_SPEC, model=design_result))""",
                hidden="""require(check_design(design, DESIGN_SPEC, model=design_result))"""),

        a.task(8, 3, "C", locked_id="recursion-limit-prompt",
               kk="""Рекурсивті `spot_size` зертхананың кадрларында дұрыс жұмыс істейді, бірақ бір тұтас дақтан тұратын 60 × 60
кадрда `RecursionError` қатесімен тоқтайды. Неге екенін түсіндіріңіз: рекурсия қаншалықты тереңге кетеді және
Python-ның шегі қандай? Стекпен жазылған `count_spots` бұдан қалай құтылады және оның стегінде не сақталады?
Соңында зауытқа ұсыныс жазыңыз: бұрышы ғана ортақ екі ақаулы ұяшықты бір дақ деп санау керек пе, әлде екі дақ
деп пе? Бір себебін келтіріңіз. Жауапты төмендегі ұяшыққа сөзбен жазыңыз.""",
               ru="""Рекурсивная `spot_size` работает верно на кадрах лаборатории, но на кадре 60 × 60 из одного сплошного пятна
останавливается с ошибкой `RecursionError`. Объясните почему: насколько глубоко уходит рекурсия и каков предел
Python? Как `count_spots` со стеком этого избегает и что хранится в её стеке? В конце напишите заводу рекомендацию:
считать ли две клетки с дефектом, у которых общий только угол, одним пятном или двумя? Приведите одну причину.
Напишите ответ словами в ячейке ниже.""",
               en="""The recursive `spot_size` works on the lab's frames, but on a 60 × 60 frame that is one solid spot it stops
with the error `RecursionError`. Explain why: how deep does the recursion go, and what is Python's limit? How does
`count_spots` with a stack avoid this, and what does its stack hold? Finally, write a recommendation to the plant:
should two defective cells that share only a corner count as one spot or as two? Give one reason. Write your answer
in words in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: рекурсия тереңдігі дақтың ұяшықтарына дейін жетеді (60 · 60 = 3600 шақыруға дейін), ал Python-ның
  шегі шамамен 1000 шақыру, сондықтан `RecursionError` шығады.
* 1 ұпай: стек күтіп тұрған ұяшықтарды (әлі қаралмаған ақаулы көршілерді) кәдімгі тізімде сақтайды, цикл тізім
  босағанша жүреді; тізімнің ұзындығы шектелмейді.
* 1 ұпай: негізделген ұсыныс, мысалы: бұрышы ортақ ұяшықтарды бір дақ деп санау керек (8 көрші), себебі жөндеуші
  оларды бір жерде бірге тегістейді, ал бөлек санасақ, үлкен дақ бірнеше кішкене дақ болып, панель қателесіп
  өтіп кетуі мүмкін; немесе қарсы пікір, себебі көрсетілсе.""",
                   "ru": """* 1 балл: глубина рекурсии доходит до числа клеток пятна (до 60 · 60 = 3600 вызовов), а предел Python —
  около 1000 вызовов, поэтому возникает `RecursionError`.
* 1 балл: стек хранит ждущие клетки (ещё не просмотренных соседей с дефектом) в обычном списке, цикл идёт, пока
  список не опустеет; длина списка не ограничена.
* 1 балл: обоснованная рекомендация, например: считать клетки с общим углом одним пятном (8 соседей), потому что
  ремонтник шлифует их в одном месте вместе, а если считать отдельно, большое пятно распадётся на несколько
  маленьких и панель может ошибочно пройти; или обратное мнение, если указана причина.""",
                   "en": """* 1 point: the recursion goes as deep as the spot has cells (up to 60 · 60 = 3600 calls), and Python's limit
  is about 1000 calls, so `RecursionError` is raised.
* 1 point: the stack keeps the waiting cells (the defective neighbours not looked at yet) in an ordinary list, and
  the loop runs until the list is empty; a list's length is not limited.
* 1 point: a recommendation with a reason, for example: count cells sharing a corner as one spot (8 neighbours),
  because the repairer sands them together in one place, and counted apart a big spot falls into several small
  ones and the panel may pass by mistake; or the opposite view, with its reason."""}),
        a.written("recursion-limit", 3, """**Model answer (en).** Each call of the recursive fill waits until the calls it made have finished, so on a
solid spot the calls pile up: the recursion goes as deep as the spot has cells, up to 60 · 60 = 3600 calls. Python
stops at about 1000 calls and raises `RecursionError`. `count_spots` keeps the cells still to look at in an
ordinary list used as a stack (`append`, `pop`): each step takes one cell and puts its defective neighbours not yet
seen on the stack, until the stack is empty. A list can be as long as memory allows, so 3600 cells are no problem.
I would count two cells that share only a corner as one spot (8 neighbours): on the panel they are one patch that
the repairer sands in one go, and if they were counted apart, a large defect could split into small spots and the
panel could pass by mistake.

**Үлгі жауап (kk).** Рекурсивті толтырудың әр шақыруы өзі шақырған шақырулар аяқталғанша күтеді, сондықтан тұтас
дақта шақырулар жиналады: рекурсия дақтың ұяшықтарына дейін тереңдейді, 60 · 60 = 3600 шақыруға дейін. Python
шамамен 1000 шақыруда тоқтап, `RecursionError` қатесін береді. `count_spots` әлі қарайтын ұяшықтарды стек ретінде
қолданылатын кәдімгі тізімде сақтайды (`append`, `pop`): әр қадамда бір ұяшықты алып, оның әлі көрілмеген ақаулы
көршілерін стекке салады, стек босағанша. Тізімнің ұзындығын тек жад шектейді, сондықтан 3600 ұяшық қиын емес.
Бұрышы ғана ортақ екі ұяшықты бір дақ деп санар едім (8 көрші): панельде олар жөндеуші бірден тегістейтін бір
дақ, ал бөлек санасақ, үлкен ақау кішкене дақтарға бөлініп, панель қателесіп өтіп кетуі мүмкін.

**Образец ответа (ru).** Каждый вызов рекурсивной заливки ждёт, пока закончатся сделанные им вызовы, поэтому на
сплошном пятне вызовы накапливаются: рекурсия уходит на глубину, равную числу клеток пятна, до 60 · 60 = 3600
вызовов. Python останавливается примерно на 1000 вызовах и выдаёт `RecursionError`. `count_spots` хранит клетки,
которые ещё нужно посмотреть, в обычном списке, который служит стеком (`append`, `pop`): на каждом шаге берёт одну
клетку и кладёт в стек её ещё не виденных соседей с дефектом, пока стек не опустеет. Длину списка ограничивает
только память, поэтому 3600 клеток не проблема. Две клетки с общим только углом я бы считал одним пятном (8
соседей): на панели это одно пятно, которое ремонтник шлифует за раз, а если считать их отдельно, крупный дефект
распадётся на маленькие пятна и панель может ошибочно пройти."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "paint_defects.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
