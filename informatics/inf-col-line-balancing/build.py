"""Writes inf-col-line-balancing's milestone notebooks (a project module: docs/projects.md) from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-col-line-balancing/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_inf_col_line_balancing.py`` checks that the committed notebooks are what this writes and pins
every number they show to the model below). The door line, its shift log and its work elements are fictional.
"""

from __future__ import annotations

import math
from pathlib import Path

from curriculum import authoring as a
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "inf-col-line-balancing"
FIRST, SECOND = f"{MODULE}-1", f"{MODULE}-2"

# -- the model: the door line's data and what is computed from it -------------------------------------------

SHIFT_MINUTES, BREAK_MINUTES, BREAKS, DEMAND = 8 * 60, 15, 2, 240
CYCLES = {  # the shift log: eight measured cycles per station, seconds (fictional)
    "S1": [103, 108, 106, 111, 105, 107, 109, 107],
    "S2": [109, 104, 107, 106, 110, 105, 108, 107],
    "S3": [114, 117, 111, 116, 113, 118, 110, 113],
    "S4": [91, 95, 93, 90, 96, 92, 94, 93],
}
LOG = [(station, CYCLES[station][k]) for k in range(8) for station in CYCLES]
ELEMENTS = {  # the door line's work elements: time in seconds and the elements done before (fictional)
    "A": (35, []), "B": (45, ["A"]), "C": (27, ["A"]), "D": (36, ["B"]), "E": (31, ["C"]), "F": (40, ["D", "E"]),
    "G": (29, ["F"]), "H": (52, ["F"]), "I": (33, ["G"]), "J": (20, ["H"]), "K": (48, ["I", "J"]), "L": (25, ["K"]),
}
TODAY = [["A", "B", "C"], ["D", "E", "F"], ["G", "H", "I"], ["J", "K", "L"]]
"""The line's stations today, S1 to S4: the log's mean cycle times are their elements' times."""


def available_seconds() -> int:
    return (SHIFT_MINUTES - BREAKS * BREAK_MINUTES) * 60


def takt_seconds() -> float:
    return available_seconds() / DEMAND


def station_means(log) -> dict:
    times: dict = {}
    for station, seconds in log:
        times.setdefault(station, []).append(seconds)
    return {station: sum(t) / len(t) for station, t in times.items()}


def line_efficiency(times) -> float:
    """The work content over the number of stations times the slowest station's time."""
    return sum(times) / (len(times) * max(times))


def station_times(plan, elements) -> list:
    return [sum(elements[e][0] for e in station) for station in plan]


def largest_candidate(elements, takt) -> list:
    """The largest candidate rule: fill each station with the longest element that may come next and still fits."""
    left, done, plan = dict(elements), set(), []
    while left:
        station, used = [], 0
        while True:
            ready = [e for e, (t, before) in left.items() if set(before) <= done and used + t <= takt]
            if not ready:
                break
            e = max(ready, key=lambda x: (left[x][0], -ord(x[0])))
            station.append(e)
            used += left.pop(e)[0]
            done.add(e)
        if not station:
            raise ValueError("an element is longer than the takt")
        plan.append(station)
    return plan


# -- texts shared by the milestones ---------------------------------------------------------------------------

SETUP = """import math
from curriculum.units import ureg
from curriculum.check import advise, check_function, compare, require
from curriculum.i18n import pick"""


def _log_cell() -> object:
    rows = ",\n    ".join(", ".join(f'("{s}", {t})' for s, t in LOG[k:k + 4]) for k in range(0, len(LOG), 4))
    return a.code(f"""# [kk] ауысым журналы: (станция, цикл уақыты, с), әр өлшенген цикл бір жазба
# [ru] журнал смены: (станция, время цикла, с), одна запись на каждый измеренный цикл
# [en] the shift log: (station, cycle time, s), one record per measured cycle
LOG = [
    {rows},
]""")


def _elements_cell() -> object:
    rows = ",\n    ".join(", ".join(f'"{e}": ({t}, {before!r})' for e, (t, before) in list(ELEMENTS.items())[k:k + 4])
                          for k in range(0, len(ELEMENTS), 4))
    return a.code(f"""# [kk] жұмыс элементтері: элемент -> (уақыты, с; алдынан орындалатын элементтер)
# [ru] рабочие элементы: элемент -> (время, с; элементы, которые выполняются раньше)
# [en] work elements: element -> (time, s; the elements done before it)
ELEMENTS = {{
    {rows},
}}
TAKT = {takt_seconds()}""")


# -- milestone 1: the shift log --------------------------------------------------------------------------------

def milestone_1(meta: object) -> object:
    means = station_means(LOG)
    nb = a.notebook([
        a.setup_cell(imports=SETUP),
        a.text(
            kk=f"""# Жоба: есік желісін теңгеру. 1-кезең: ауысым журналы

Есіктерді алдын ала құрастыру желісінде төрт станция бар: `S1`, `S2`, `S3`, `S4`. Цехқа ауысымына {DEMAND} есік
жиынтығы керек, бірақ желі оны бере алмай жүр. Тәлімгеріңіз, құрастыру цехының технолог-инженері, сізге бір
ауысымның журналын берді: әр станцияда сегіз циклдің өлшенген уақыты. Бұл кезеңде сіз **такт уақытын**, әр
станцияның орташа **цикл уақытын**, желінің **тар орнын**, ауысымдағы шығарылымды және желінің жүктелу
коэффициентін есептейсіз. Кезеңнің мерзімі — жобаның бірінші аптасы. Деректер ойдан алынған, бірақ шынайыға ұқсас.""",
            ru=f"""# Проект: балансировка линии дверей. Этап 1: журнал смены

На линии предварительной сборки дверей четыре станции: `S1`, `S2`, `S3`, `S4`. Цеху нужно {DEMAND} комплектов дверей за
смену, но линия их не даёт. Ваш наставник, инженер-технолог сборочного цеха, дал вам журнал одной смены: измеренное
время восьми циклов на каждой станции. На этом этапе вы вычислите **время такта**, среднее **время цикла** каждой
станции, **узкое место** линии, выпуск за смену и коэффициент загрузки линии. Срок этапа — первая неделя проекта.
Данные вымышленные, но правдоподобные.""",
            en=f"""# Project: balancing the door line. Milestone 1: the shift log

The door pre-assembly line has four stations: `S1`, `S2`, `S3`, `S4`. The shop needs {DEMAND} door sets a shift, but the
line does not deliver them. Your mentor, a process engineer of the assembly shop, gave you the log of one shift: the
measured time of eight cycles at each station. In this milestone you compute the **takt time**, each station's mean
**cycle time**, the line's **bottleneck**, the output per shift and the line efficiency. The milestone is due in the
first week of the project. The data are fictional but plausible."""),
        a.text(
            kk="""**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `60 * ureg.second`. Функцияны
тапсырмада берілген атымен және аргументтерімен жазыңыз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол
жауаптың түрін тексереді.""",
            ru="""**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `60 * ureg.second`. Функцию
пишите с тем именем и аргументами, которые даны в задаче. Запускайте тестовую ячейку под каждой задачей: она
проверяет форму ответа.""",
            en="""**How to write answers.** Write a quantity with a unit through `ureg`: `60 * ureg.second`. Write a function with
the name and arguments the task gives. Run the test cell under each task: it checks the form of your answer."""),
        _log_cell(),

        a.task(1, 1, "A",
               kk=f"""Ауысым {SHIFT_MINUTES // 60} сағатқа созылады, оның ішінде {BREAK_MINUTES} минуттан екі үзіліс бар. Сұраныс —
ауысымына {DEMAND} есік жиынтығы. Такт уақытын `takt` секундпен pint шамасы ретінде есептеңіз
(жауаптың түрі: `60 * ureg.second`, бұл жауап емес; уақыттың басқа бірлігі де қабылданады).""",
               ru=f"""Смена длится {SHIFT_MINUTES // 60} часов, в ней два перерыва по {BREAK_MINUTES} минут. Спрос — {DEMAND} комплектов
дверей за смену. Вычислите время такта `takt` как величину pint в секундах (форма ответа: `60 * ureg.second`, это не
ответ; принимается и другая единица времени).""",
               en=f"""The shift lasts {SHIFT_MINUTES // 60} hours, with two breaks of {BREAK_MINUTES} minutes. The demand is {DEMAND} door
sets a shift. Compute the takt time `takt` as a pint quantity in seconds (the form of the answer: `60 * ureg.second`,
not the answer; another unit of time is accepted too)."""),
        a.answer("takt", "takt = (8 * 60 - 2 * 15) * 60 / 240 * ureg.second", before="# takt = ... * ureg.second"),
        a.tests("takt-test", 1, public="""require(compare(takt, "s", mode="dimension"))""",
                hidden="""require(compare(takt, "112.5 s", mode="units", rtol=1e-3))"""),

        a.task(2, 2, "A",
               kk="""`station_means(log)` функциясын жазыңыз: `log` — `(станция, секунд)` жазбаларының тізімі, журналдағыдай. Функция
сөздік қайтарсын: станция -> оның орташа цикл уақыты (`float`, секунд); бос журнал үшін `{}`. Мысалы,
`station_means([("S1", 10), ("S1", 20)])` нәтижесі `{"S1": 15.0}`.""",
               ru="""Напишите функцию `station_means(log)`: `log` — список записей `(станция, секунды)`, как в журнале. Функция
возвращает словарь: станция -> её среднее время цикла (`float`, секунды); для пустого журнала `{}`. Например,
`station_means([("S1", 10), ("S1", 20)])` даёт `{"S1": 15.0}`.""",
               en="""Write the function `station_means(log)`: `log` is a list of records `(station, seconds)`, as in the log. It
returns a dictionary: station -> its mean cycle time (`float`, seconds); for an empty log, `{}`. For example,
`station_means([("S1", 10), ("S1", 20)])` gives `{"S1": 15.0}`."""),
        a.answer("station-means", """def station_means(log):
    times = {}
    for station, seconds in log:
        times.setdefault(station, []).append(seconds)
    return {station: sum(t) / len(t) for station, t in times.items()}""", hint={
            "kk": "def station_means(log): ... станция -> орташа цикл уақыты сөздігін қайтарыңыз",
            "ru": "def station_means(log): ... верните словарь станция -> среднее время цикла",
            "en": "def station_means(log): ... return a dictionary station -> mean cycle time"}),
        a.tests("station-means-test", 2, public="""assert callable(station_means), pick({"kk": "station_means — функция болуы керек (def station_means(log): ...).", "ru": "station_means должна быть функцией (def station_means(log): ...).", "en": "station_means should be a function (def station_means(log): ...)."})
require(compare(station_means([("S1", 10), ("S1", 20)])["S1"], 15.0, mode="numeric"))""", hidden="""def _means(log):
    times = {}
    for station, seconds in log:
        times.setdefault(station, []).append(seconds)
    return {station: sum(t) / len(t) for station, t in times.items()}
require(check_function(station_means, _means, inputs=[LOG, [], [("S1", 10)], [("S2", 7), ("S1", 3), ("S2", 8)],
                                                      [("S4", 90.5), ("S4", 91.5), ("S1", 100)]]))"""),

        a.task(3, 1, "B",
               kk="""Желінің тар орны — орташа цикл уақыты ең ұзақ станция: бүкіл желі оның қарқынымен жүреді. `station_means(LOG)`
арқылы тар орынды тауып, оның нөмірін бүтін сан ретінде жазыңыз: `bottleneck = 1` (`S1` үшін; бұл жауап емес).""",
               ru="""Узкое место линии — станция с наибольшим средним временем цикла: вся линия идёт в её темпе. Найдите узкое место
через `station_means(LOG)` и запишите его номер целым числом: `bottleneck = 1` (для `S1`; это не ответ).""",
               en="""The line's bottleneck is the station with the longest mean cycle time: the whole line runs at its pace. Find the
bottleneck with `station_means(LOG)` and write its number as a whole number: `bottleneck = 1` (for `S1`; not the
answer)."""),
        a.answer("bottleneck", """means = station_means(LOG)
slowest = max(means, key=means.get)
bottleneck = int(slowest[1:])""", before="# bottleneck = ..."),
        a.tests("bottleneck-test", 1, public="""assert float(bottleneck).is_integer(), pick({"kk": "Станцияның нөмірі бүтін сан болуы керек.", "ru": "Номер станции должен быть целым числом.", "en": "A station's number is a whole number."})""",
                hidden="""require(compare(bottleneck, 3, mode="numeric", rtol=0, atol=0.1))"""),

        a.task(4, 2, "B",
               kk=f"""Желі тар орынның орташа цикл уақытымен жұмыс істейді. Ауысымның жұмыс уақытында ({available_seconds()} с) желі
қанша толық есік жиынтығын шығарады? Бүтін санды `shift_output` деп жазыңыз; жауап дәл болуы керек.""",
               ru=f"""Линия работает со средним временем цикла узкого места. Сколько полных комплектов дверей выпустит линия за рабочее
время смены ({available_seconds()} с)? Запишите целое число в `shift_output`; ответ должен быть точным.""",
               en=f"""The line runs at the bottleneck's mean cycle time. How many complete door sets does the line deliver in the
shift's working time ({available_seconds()} s)? Write the whole number as `shift_output`; the answer must be exact."""),
        a.answer("shift-output", "shift_output = 27000 // 114", before="# shift_output = ..."),
        a.tests("shift-output-test", 2, public="""assert float(shift_output).is_integer(), pick({"kk": "Есік жиынтықтарының саны бүтін сан болуы керек.", "ru": "Число комплектов дверей должно быть целым.", "en": "A number of door sets is a whole number."})""",
                hidden="""require(compare(shift_output, 236, mode="numeric", rtol=0, atol=0.1))"""),

        a.task(5, 2, "B",
               kk="""Желінің жүктелу коэффициенті $E = \\dfrac{\\sum T_i}{n \\cdot T_{\\max}}$: станциялардың орташа цикл уақыттарының
қосындысы станциялар саны мен ең ұзақ цикл уақытының көбейтіндісіне бөлінеді. Мұнда желі ең баяу станциясымен
салыстырылады (бөлімде такт уақыты тұрса, жүктеме тактімен салыстырылар еді). Оны 0 мен 1 арасындағы сан ретінде
`line_efficiency` деп есептеңіз (0,5 % дәлдікпен есептелген жауап қабылданады).""",
               ru="""Коэффициент загрузки линии $E = \\dfrac{\\sum T_i}{n \\cdot T_{\\max}}$: сумма средних времён цикла станций, делённая
на произведение числа станций и наибольшего времени цикла. Здесь линия сравнивается со своей самой медленной
станцией (с временем такта в знаменателе загрузка сравнивалась бы с тактом). Вычислите его как число от 0 до 1 в `line_efficiency`
(принимается ответ с точностью до 0,5 %).""",
               en="""The line efficiency is $E = \\dfrac{\\sum T_i}{n \\cdot T_{\\max}}$: the sum of the stations' mean cycle times divided
by the number of stations times the longest cycle time. Here the line is compared with its slowest station (with the
takt time in the denominator the load would be compared with the takt). Compute it as a number between 0 and 1 as `line_efficiency`
(an answer within 0.5 % is accepted)."""),
        a.answer("line-efficiency", """times = list(station_means(LOG).values())
line_efficiency = sum(times) / (len(times) * max(times))""", before="# line_efficiency = ..."),
        a.tests("line-efficiency-test", 2, public="""assert 0 < float(line_efficiency) <= 1, pick({"kk": "Жүктелу коэффициенті 0 мен 1 арасындағы сан.", "ru": "Коэффициент загрузки — число от 0 до 1.", "en": "The line efficiency is a number between 0 and 1."})""",
                hidden="""require(compare(line_efficiency, 421 / 456, mode="numeric", rtol=0.005))"""),
    ], module=MODULE)
    first = next(i for i, c in enumerate(nb.cells) if "**1-тапсырма" in c.source)
    a.refresh_descriptors(nb, meta, at=first - 1)
    assert list(means.values()) == station_times(TODAY, ELEMENTS)  # the log measures today's stations
    assert sum(means.values()) == 421 and max(means.values()) == 114  # the hidden checks' 421 / 456 and 27000 // 114
    return nb


# -- milestone 2: balancing the line and the proposal -----------------------------------------------------------

NEVER_ENDS = {
    "kk": "balance 5 секундта аяқталмады: циклдің әр айналымы бір элементті орналастыратынын немесе тоқтайтынын "
          "тексеріңіз (әр жаңа станция нөлдік уақыттан басталады ма?).",
    "ru": "balance не закончила работу за 5 с: проверьте, что каждый проход цикла размещает элемент или завершается "
          "(начинается ли каждая новая станция с нулевого времени?).",
    "en": "balance did not finish in 5 s: check that every pass of the loop places an element or stops (does each "
          "new station start from zero time?).",
}
PLAN_IN_TIME = """from curriculum.check import TimeLimitExceeded, time_limit


def _plan(elements, takt):
    \"\"\"The student's plan for a copy of the line, or None when balance does not finish in 5 s of CPU time.\"\"\"
    try:
        with time_limit(5):
            return balance(dict(elements), takt)
    except TimeLimitExceeded:
        return None


def _broken_rules(plan, elements, takt):
    \"\"\"How many rules the plan breaks (0 for a plan that keeps them all; 1 for no plan in time).\"\"\"
    if not isinstance(plan, list):
        return 1
    ids = [e for station in plan for e in station]
    broken = int(sorted(ids) != sorted(elements))
    where = {e: (i, k) for i, station in enumerate(plan) for k, e in enumerate(station)}
    broken += sum(1 for e, (t, before) in elements.items() for p in before
                  if e in where and p in where and where[p] >= where[e])
    broken += sum(1 for station in plan if sum(elements[e][0] for e in station if e in elements) > takt)
    return broken
"""

def milestone_2(meta: object) -> object:
    plan = largest_candidate(ELEMENTS, takt_seconds())
    times = station_times(plan, ELEMENTS)
    slowest = max(times)
    work = sum(t for t, _before in ELEMENTS.values())
    output = available_seconds() // slowest
    efficiency = round(100 * line_efficiency(times), 1)
    margin = takt_seconds() - slowest
    efficiency_kk = f"{efficiency}".replace(".", ",")
    takt_en, takt_kk = f"{takt_seconds():g}", f"{takt_seconds():g}".replace(".", ",")
    margin_en, margin_kk = f"{margin:g}", f"{margin:g}".replace(".", ",")
    nb = a.notebook([
        a.setup_cell(imports=SETUP),
        a.text(
            kk=f"""# Жоба: есік желісін теңгеру. 2-кезең: желіні теңгеру және цехқа ұсыныс

Бірінші кезеңде `S3` станциясы тар орын екенін, оның цикл уақыты такт уақытынан ұзақ екенін көрдіңіз. Есік
желісіндегі жұмыс {len(ELEMENTS)} **жұмыс элементінен** тұрады, әрқайсысының уақыты бар, ал кейбірін басқалары
аяқталғаннан кейін ғана бастауға болады (орындалу реті). **Желіні теңгеру** — элементтерді станцияларға әр станцияның
уақыты такт уақытынан аспайтындай және орындалу реті бұзылмайтындай етіп бөлу. Бұл кезеңде сіз теңгеру эвристикасын
бағдарламалайсыз және цехқа ұсыныс жазасыз; ұсынысты тәлімгеріңіз рубрика бойынша бағалап, пікірін жазады. Кезеңнің
мерзімі — жобаның төртінші аптасы.""",
            ru=f"""# Проект: балансировка линии дверей. Этап 2: балансировка линии и предложение цеху

На первом этапе вы увидели, что станция `S3` — узкое место: её время цикла больше времени такта. Работа на линии
дверей состоит из {len(ELEMENTS)} **рабочих элементов**, у каждого своё время, а некоторые можно начать только после
других (порядок работ). **Балансировка линии** — распределить элементы по станциям так, чтобы время каждой станции
не превышало время такта и порядок работ не нарушался. На этом этапе вы запрограммируете эвристику балансировки и
напишете предложение цеху; предложение оценит по рубрике ваш наставник и напишет свой отзыв. Срок этапа — четвёртая
неделя проекта.""",
            en=f"""# Project: balancing the door line. Milestone 2: balancing the line and a proposal for the shop

In the first milestone you saw that station `S3` is the bottleneck: its cycle time is longer than the takt time. The
work on the door line is {len(ELEMENTS)} **work elements**, each with its time, and some can start only after others
(the order of work). **Line balancing** is sharing the elements out over the stations so that no station's time is
above the takt time and the order of work is kept. In this milestone you program a balancing heuristic and write a
proposal for the shop; your mentor grades the proposal by a rubric and writes a comment. The milestone is due in the
fourth week of the project."""),
        a.text(
            kk="""**Деректер.** `ELEMENTS` сөздігінде әр элементтің уақыты (секунд) және одан бұрын орындалатын элементтер тұр;
`TAKT` — такт уақыты, секундпен. Станциялар жоспары — тізімдер тізімі: `[["A", "B"], ["C"]]` деген бірінші станция
`A` мен `B` элементтерін осы ретпен, екіншісі `C` элементін орындайды деген сөз. Қазіргі желі:
`[["A", "B", "C"], ["D", "E", "F"], ["G", "H", "I"], ["J", "K", "L"]]` (`S1`, ..., `S4`).""",
            ru="""**Данные.** В словаре `ELEMENTS` для каждого элемента даны его время (секунды) и элементы, которые выполняются
раньше; `TAKT` — время такта в секундах. План станций — список списков: `[["A", "B"], ["C"]]` значит, что первая
станция выполняет элементы `A` и `B` в этом порядке, а вторая — элемент `C`. Нынешняя линия:
`[["A", "B", "C"], ["D", "E", "F"], ["G", "H", "I"], ["J", "K", "L"]]` (`S1`, ..., `S4`).""",
            en="""**The data.** The dictionary `ELEMENTS` gives each element's time (seconds) and the elements done before it;
`TAKT` is the takt time in seconds. A plan of stations is a list of lists: `[["A", "B"], ["C"]]` means that the first
station does elements `A` and `B` in this order and the second does element `C`. The line today:
`[["A", "B", "C"], ["D", "E", "F"], ["G", "H", "I"], ["J", "K", "L"]]` (`S1`, ..., `S4`)."""),
        _elements_cell(),

        a.task(1, 1, "A",
               kk="""Бір станция тактіден ұзақ жұмыс істей алмайды, сондықтан станциялардың ең аз саны — барлық элементтердің
уақыттарының қосындысы тактіге бөлініп, жоғары қарай бүтінге дейін дөңгелектелгені. Оны `n_min` деп есептеңіз.""",
               ru="""Станция не может работать дольше такта, поэтому наименьшее число станций — сумма времён всех элементов, делённая
на такт и округлённая вверх до целого. Вычислите его в `n_min`.""",
               en="""A station cannot work longer than the takt, so the least number of stations is the sum of all the elements'
times divided by the takt and rounded up to a whole number. Compute it as `n_min`."""),
        a.answer("min-stations", "n_min = math.ceil(sum(t for t, before in ELEMENTS.values()) / TAKT)",
                 before="# n_min = ..."),
        a.tests("min-stations-test", 1, public="""assert float(n_min).is_integer(), pick({"kk": "Станциялар саны бүтін сан болуы керек.", "ru": "Число станций должно быть целым.", "en": "A number of stations is a whole number."})""",
                hidden="""require(compare(n_min, 4, mode="numeric", rtol=0, atol=0.1))"""),

        a.task(2, 2, "B",
               kk="""`station_times(plan, elements)` функциясын жазыңыз: ол жоспардағы әр станцияның уақытын (оның элементтері
уақыттарының қосындысын) станциялар ретімен тізім етіп қайтарсын. Мысалы,
`station_times([["A", "C"], ["B"]], ELEMENTS)` нәтижесі `[62, 45]`.""",
               ru="""Напишите функцию `station_times(plan, elements)`: она возвращает список времён станций плана (сумм времён их
элементов) в порядке станций. Например, `station_times([["A", "C"], ["B"]], ELEMENTS)` даёт `[62, 45]`.""",
               en="""Write the function `station_times(plan, elements)`: it returns the list of the plan's station times (the sums
of their elements' times) in the order of the stations. For example, `station_times([["A", "C"], ["B"]], ELEMENTS)`
gives `[62, 45]`."""),
        a.answer("station-times", """def station_times(plan, elements):
    return [sum(elements[e][0] for e in station) for station in plan]""", hint={
            "kk": "def station_times(plan, elements): ... әр станцияның уақытын тізім етіп қайтарыңыз",
            "ru": "def station_times(plan, elements): ... верните список времён станций",
            "en": "def station_times(plan, elements): ... return the list of the stations' times"}),
        a.tests("station-times-test", 2, public="""assert callable(station_times), pick({"kk": "station_times — функция болуы керек.", "ru": "station_times должна быть функцией.", "en": "station_times should be a function."})
require(compare(station_times([["A", "C"], ["B"]], ELEMENTS), [62, 45], mode="numeric"))""", hidden="""def _times(plan, elements):
    return [sum(elements[e][0] for e in station) for station in plan]
require(check_function(station_times, _times, inputs=[([], ELEMENTS), ([["L"]], ELEMENTS),
                                                      ([["A", "B", "C"], ["D", "E", "F"], ["G", "H"]], ELEMENTS),
                                                      ([["x"], ["y", "x"]], {"x": (5, []), "y": (7.5, ["x"])})]))"""),

        a.task(3, 3, "C",
               kk="""`balance(elements, takt)` функциясын жазыңыз: ол станциялар жоспарын қайтарсын. Әр элемент жоспарда бір рет
кездессін, әр элемент өзінен бұрын орындалатын элементтердің бәрінен кейін тұрсын (сол станцияда одан бұрын немесе
алдыңғы станцияда), әр станцияның уақыты `takt`-тан аспасын, ал станциялар мүмкіндігінше аз болсын. Мысалы, ең
үлкен кандидат ережесі: әр станцияны кезекпен толтырып, оған орындалу реті бойынша келесі бола алатын және
сыйатын элементтердің ең ұзағын қосасыз. Кез келген элемент тактіден аспайды. Жоспар 2 ұпай алады, егер ол әр
тексерілетін желіде (есік желісі де солардың бірі) ережелерді бұзбаса; тағы 1 ұпай, егер есік желісі ережелерді бұзбай 4
станцияға сыйса (қазір де 4 станция, бірақ біреуі тактіден баяу).""",
               ru="""Напишите функцию `balance(elements, takt)`: она возвращает план станций. Каждый элемент встречается в плане один
раз, каждый элемент стоит после всех элементов, которые выполняются раньше него (на той же станции перед ним или на
предыдущей станции), время каждой станции не больше `takt`, а станций как можно меньше. Например, правило
наибольшего кандидата: заполняйте станции по очереди, добавляя в станцию самый длинный из элементов, которые по
порядку работ могут идти следующими и ещё помещаются. Ни один элемент не длиннее такта. План получает 2 балла, если
на каждой проверяемой линии (линия дверей — одна из них) он не нарушает правил; ещё 1 балл, если линия дверей
без нарушения правил умещается в 4 станции (сейчас тоже 4 станции, но одна медленнее такта).""",
               en="""Write the function `balance(elements, takt)`: it returns a plan of stations. Each element is in the plan once,
each element comes after all the elements done before it (earlier at the same station or at an earlier station),
no station's time is above `takt`, and there are as few stations as you can. For example, the largest candidate rule:
fill the stations one by one, adding to the station the longest of the elements that may come next in the order of
work and still fit. No element is longer than the takt. The plan earns 2 points if on every line tried (the door line
is one of them) it breaks no rule; 1 more point if the door line fits into 4 stations keeping every rule (it has 4 stations now, but one
is slower than the takt)."""),
        a.answer("balance", """def balance(elements, takt):
    left, done, plan = dict(elements), set(), []
    while left:
        station, used = [], 0
        while True:
            ready = [e for e, (t, before) in left.items() if set(before) <= done and used + t <= takt]
            if not ready:
                break
            e = max(ready, key=lambda x: left[x][0])
            station.append(e)
            used += left.pop(e)[0]
            done.add(e)
        plan.append(station)
    return plan""", hint={
            "kk": "def balance(elements, takt): ... станциялар жоспарын (тізімдер тізімін) қайтарыңыз",
            "ru": "def balance(elements, takt): ... верните план станций (список списков)",
            "en": "def balance(elements, takt): ... return the plan of stations (a list of lists)"}),
        a.tests("balance-test", 2, public=f"""from curriculum.check import TimeLimitExceeded, time_limit
try:
    with time_limit(5):
        plan = balance(dict(ELEMENTS), TAKT)
except TimeLimitExceeded:
    raise AssertionError(pick({NEVER_ENDS!r})) from None
""" + """assert isinstance(plan, list) and all(isinstance(station, list) for station in plan), pick({"kk": "balance тізімдер тізімін қайтаруы керек: [[\\"A\\", \\"B\\"], [\\"C\\"]].", "ru": "balance должна возвращать список списков: [[\\"A\\", \\"B\\"], [\\"C\\"]].", "en": "balance should return a list of lists: [[\\"A\\", \\"B\\"], [\\"C\\"]]."})""",
                hidden=PLAN_IN_TIME + """_LINES = [
    (ELEMENTS, TAKT),
    ({"a": (30, []), "b": (30, ["a"]), "c": (30, ["b"]), "d": (30, ["c"])}, 60),
    ({"p": (20, []), "q": (35, []), "r": (15, []), "s": (40, []), "t": (25, []), "u": (10, [])}, 50),
    ({"m": (50, []), "n": (10, ["m"]), "o": (45, ["m"]), "k": (50, ["n", "o"])}, 50),
    ({"x": (12.5, []), "y": (7.5, ["x"]), "z": (20, ["x"]), "w": (5, ["y", "z"])}, 25),
]
require(compare([_broken_rules(_plan(e, t), e, t) for e, t in _LINES], [0] * len(_LINES), mode="numeric"))"""),
        a.tests("balance-door-test", 1, public="", hidden=PLAN_IN_TIME + """_door = _plan(ELEMENTS, TAKT)
_stations = len(_door) if _broken_rules(_door, ELEMENTS, TAKT) == 0 else 0  # a plan that breaks a rule earns nothing
require(compare(_stations, 4, mode="numeric", rtol=0, atol=0.1))"""),

        a.task(4, 4, "C", locked_id="proposal-prompt",
               kk=f"""Цехқа ұсыныс жазыңыз (жарты бетке дейін): `balance` функцияңыз берген жоспар (қай станция қай элементтерді
орындайды, әр станцияның уақыты), жаңа желінің ең ұзақ станция уақыты, ауысымдағы шығарылымы және жүктелу
коэффициенті қазіргімен салыстырғанда; қай элементтер басқа станцияға көшеді және бұл операторлар мен құрал-жабдық
үшін нені білдіреді; желіні өзгертпес бұрын нені тексеру керек (тәуекелдер). Ұсынысты тәлімгеріңіз бағалайды.""",
               ru=f"""Напишите предложение цеху (до половины страницы): план, который дала ваша функция `balance` (какая станция какие
элементы выполняет, время каждой станции), наибольшее время станции новой линии, выпуск за смену и коэффициент
загрузки в сравнении с нынешними; какие элементы переходят на другую станцию и что это значит для операторов и
оснастки; что нужно проверить, прежде чем менять линию (риски). Предложение оценит ваш наставник.""",
               en=f"""Write a proposal for the shop (up to half a page): the plan your `balance` function gave (which station does
which elements, each station's time), the new line's longest station time, its output per shift and line efficiency
compared with today's; which elements move to another station and what that means for the operators and the tools;
what must be checked before the line is changed (the risks). Your mentor grades the proposal.""",
               rubric={
                   "kk": f"""* 1 ұпай: жоспар: әр станцияның элементтері мен уақыты, бәрі {takt_kk} с тактіден аспайды (мысалы, ең үлкен кандидат ережесінің жоспары: {', '.join(f'{"+".join(s)} = {t} с' for s, t in zip(plan, times))}).
* 1 ұпай: сандар: ең ұзақ станция {slowest} с, шығарылым {available_seconds()} / {slowest} → {output} жиынтық (сұраныс {DEMAND}), жүктелу коэффициенті {efficiency_kk} %, қазір 236 жиынтық және 92,3 %.
* 1 ұпай: қай элементтер басқа станцияға көшетіні (мысалы, I мен J орын ауыстырады) және оның салдары: операторларды оқыту, құрал мен бөлшектерді жаңа станцияға жеткізу.
* 1 ұпай: тәуекелдер мен тексеру: журналда цикл уақыты ±4 с-қа дейін ауытқиды, ал тактіге дейін {margin_kk} с қор қалады; өзгертпес бұрын бір ауысым сынақ жүргізу, сапаны тексеру.""",
                   "ru": f"""* 1 балл: план: элементы и время каждой станции, все не больше такта {takt_kk} с (например, план правила наибольшего кандидата: {', '.join(f'{"+".join(s)} = {t} с' for s, t in zip(plan, times))}).
* 1 балл: числа: наибольшее время станции {slowest} с, выпуск {available_seconds()} / {slowest} → {output} комплектов (спрос {DEMAND}), коэффициент загрузки {efficiency_kk} %, сейчас 236 комплектов и 92,3 %.
* 1 балл: какие элементы переходят на другую станцию (например, I и J меняются местами) и что из этого следует: обучение операторов, перенос оснастки и деталей на новую станцию.
* 1 балл: риски и проверка: в журнале время цикла колеблется до ±4 с, а до такта остаётся запас {margin_kk} с; перед изменением провести пробную смену, проверить качество.""",
                   "en": f"""* 1 point: the plan: each station's elements and time, all within the takt of {takt_en} s (e.g. the largest candidate rule's plan: {', '.join(f'{"+".join(s)} = {t} s' for s, t in zip(plan, times))}).
* 1 point: the numbers: longest station {slowest} s, output {available_seconds()} / {slowest} → {output} sets (demand {DEMAND}), line efficiency {efficiency} %, today 236 sets and 92.3 %.
* 1 point: which elements move to another station (e.g. I and J change places) and what follows: training the operators, moving tools and parts to the new station.
* 1 point: risks and checks: in the log the cycle time varies by up to ±4 s, and {margin_en} s are left to the takt; a trial shift before the change, a quality check."""}),
        a.written("proposal", 4, f"""**Model answer (en).** The largest candidate rule gives four stations: {'; '.join(f'{"+".join(s)}, {t} s' for s, t in zip(plan, times))}. The longest station takes {slowest} s, within the takt of {takt_en} s, so the line delivers {available_seconds()} / {slowest} → {output} door sets a shift instead of 236 (the demand is {DEMAND}); the line efficiency rises from 92.3 % to {efficiency} %. Only elements I and J change places: I moves from S3 to S4 and J from S4 to S3, so their operators need training, and their tools and parts move with them. Risks: the cycle times in the log vary by up to ±4 s and only {margin_en} s are left to the takt; run a trial shift and check quality before the change.

**Үлгі жауап (kk).** Ең үлкен кандидат ережесі төрт станция береді: {'; '.join(f'{"+".join(s)}, {t} с' for s, t in zip(plan, times))}. Ең ұзақ станция {slowest} с, бұл {takt_kk} с тактіден аспайды, сондықтан желі ауысымына 236 емес, {available_seconds()} / {slowest} → {output} есік жиынтығын береді (сұраныс {DEMAND}); жүктелу коэффициенті 92,3 %-дан {efficiency_kk} %-ға өседі. Тек I мен J элементтері орын ауыстырады: I элементі S3-тен S4-ке, J элементі S4-тен S3-ке көшеді, сондықтан олардың операторларын оқыту керек, құралдары мен бөлшектері де бірге көшеді. Тәуекелдер: журналда цикл уақыты ±4 с-қа дейін ауытқиды, ал тактіге дейін тек {margin_kk} с қалады; өзгертпес бұрын бір ауысым сынақ жүргізіп, сапаны тексеру керек.

**Образец ответа (ru).** Правило наибольшего кандидата даёт четыре станции: {'; '.join(f'{"+".join(s)}, {t} с' for s, t in zip(plan, times))}. Самая долгая станция — {slowest} с, это не больше такта {takt_kk} с, поэтому линия выпускает {available_seconds()} / {slowest} → {output} комплектов дверей за смену вместо 236 (спрос {DEMAND}); коэффициент загрузки растёт с 92,3 % до {efficiency_kk} %. Местами меняются только элементы I и J: I переходит с S3 на S4, а J — с S4 на S3, поэтому их операторов нужно обучить, оснастка и детали переезжают вместе с ними. Риски: в журнале время цикла колеблется до ±4 с, а до такта остаётся только {margin_kk} с; перед изменением провести пробную смену и проверить качество."""),
    ], module=MODULE)
    first = next(i for i, c in enumerate(nb.cells) if "**1-тапсырма" in c.source)
    a.refresh_descriptors(nb, meta, at=first - 1)
    assert work == 421 and len(plan) == 4
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    return {root / "source" / FIRST / "shift_log.ipynb": milestone_1(meta),
            root / "source" / SECOND / "rebalance.ipynb": milestone_2(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
