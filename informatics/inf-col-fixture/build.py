"""Writes inf-col-fixture's milestone notebooks (a project module: docs/projects.md) from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-col-fixture/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_inf_col_fixture.py`` checks that the committed notebooks are what this writes and pins every
number they show to the model, :mod:`curriculum.labs.fixture`). The bracket and its fixture are fictional; the limit
deviations are ISO 286's.
"""

from __future__ import annotations

from pathlib import Path

from curriculum import authoring as a
from curriculum.labs import fixture as lab
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "inf-col-fixture"
FIRST, SECOND = f"{MODULE}-1", f"{MODULE}-2"


def kk(value: float) -> str:
    """A number as the kk and ru texts write it (decimal comma)."""
    return f"{value:g}".replace(".", ",")


# -- milestone 1: fits and tolerances -----------------------------------------------------------------------------

FITS_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import check_function, compare, require, rules
from curriculum.i18n import pick

# [kk] 2-тапсырманың шекті ауытқулары (мкм): тесіктің EI, ES, біліктің ei, es
# [ru] предельные отклонения задания 2 (мкм): отверстия EI, ES, вала ei, es
# [en] the limit deviations of task 2 (µm): the hole's EI, ES, the shaft's ei, es
EI, ES, ei, es = sp.symbols("EI ES ei es")"""

LAB = "from curriculum.labs import fixture as _lab\n"


def _table() -> list:
    """The ISO 286 excerpt for sizes over 6 up to 10 mm (the range of Ø8 and Ø10)."""
    k = 1
    it = {g: lab.IT[g][k] for g in (6, 7, 9)}
    up = {c: lab.UPPER[c][k] for c in ("f", "g", "h")}
    low = {c: lab.LOWER[c][k] for c in ("k", "s")}
    rows = (f"| IT6 | IT7 | IT9 | f: es | g: es | h: es | k: ei | s: ei |\n|---|---|---|---|---|---|---|---|\n"
            f"| {it[6]} | {it[7]} | {it[9]} | −{-up['f']} | −{-up['g']} | {up['h']} | +{low['k']} | +{low['s']} |")
    return a.text(
        kk=f"""**ISO 286 кестелерінен үзінді**, 6 мм-ден жоғары 10 мм-ге дейінгі өлшемдер үшін (Ø8 пен Ø10 осы аралықта), мкм:
стандартты шақтамалар $IT$ және біліктердің негізгі ауытқулары. $H$ тесігінде $EI = 0$, $ES = EI + IT$; f, g, h
біліктерінде $ei = es - IT$; k, s біліктерінде $es = ei + IT$.

{rows}""",
        ru=f"""**Выдержка из таблиц ISO 286** для размеров свыше 6 до 10 мм (сюда входят Ø8 и Ø10), мкм: стандартные допуски $IT$
и основные отклонения валов. У отверстия $H$: $EI = 0$, $ES = EI + IT$; у валов f, g, h: $ei = es - IT$; у валов
k, s: $es = ei + IT$.

{rows}""",
        en=f"""**From the ISO 286 tables**, for sizes over 6 up to 10 mm (Ø8 and Ø10 are in it), µm: the standard tolerances $IT$
and the shafts' fundamental deviations. For a hole $H$: $EI = 0$, $ES = EI + IT$; for shafts f, g, h:
$ei = es - IT$; for shafts k, s: $es = ei + IT$.

{rows}""")


def milestone_1(meta: object) -> object:
    d_min, d_max = lab.limits_of_size(10, "g6")
    c_min, c_max = lab.fit(10, "H7/g6")
    shift = lab.worst_shift(10, "H7/g6")
    part_tol, pins_tol = lab.PART["spacing_tol"], lab.PINS["spacing_tol"]
    mismatch = lab.worst_mismatch()
    fits = ", ".join(f"`{f}`" for f in lab.FITS)
    land, wide = lab.PINS["land"], 3.0  # the diamond pin's lands; a 3 mm land for comparison
    slide = round(lab.diamond_float(8, "H7/e8", land) * 1000)
    tight_slide = round(lab.diamond_float(8, "H7/g6", wide) * 1000)
    e_dev, c_diamond = lab.limits(8, "e8")[1], lab.fit(8, "H7/e8")[0]
    nb = a.notebook([
        a.setup_cell(imports=FITS_SETUP),
        a.text(
            kk=f"""# Жоба: жаңа кронштейнге дәнекерлеу айлабұйымы. 1-кезең: отырғызулар мен шақтамалар

Дәнекерлеу цехына жаңа кронштейн келеді: {kk(lab.PART['thickness'])} мм болат табақ, онда екі базалық тесік бар: Ø10 H7 және
Ø8 H7, олардың центрлерінің арақашықтығы {lab.PART['spacing']:g} ± {kk(part_tol)} мм. Дәнекерлеу кезінде кронштейн
**айлабұйымда** қозғалмай тұруы керек. Айлабұйымның плитасында екі **орнату саусағы** болады: цилиндрлік Ø10 g6 және
**кесілген саусақ** Ø8 e8, олардың арақашықтығы {lab.PART['spacing']:g} ± {kk(pins_tol)} мм. Алты нүкте ережесі (3-2-1):
плитаның беті үш, цилиндрлік саусақ екі, кесілген саусақ бір еркіндік дәрежесін алады. Бұл кезеңде сіз
**отырғызулар** мен **шақтамаларды** есептейсіз: шекті өлшемдер, **саңылау**, отырғызудың түрі және кронштейнді екі
цилиндрлік саусаққа кигізуге бола ма. Кезеңнің мерзімі — жобаның бірінші аптасы. Кронштейн мен айлабұйым ойдан
алынған, шекті ауытқулар ISO 286 стандартынан алынған.""",
            ru=f"""# Проект: сварочное приспособление для нового кронштейна. Этап 1: посадки и допуски

В сварочный цех приходит новый кронштейн: стальной лист {kk(lab.PART['thickness'])} мм с двумя базовыми отверстиями Ø10 H7 и Ø8 H7,
расстояние между их центрами {lab.PART['spacing']:g} ± {kk(part_tol)} мм. При сварке кронштейн должен неподвижно стоять в
**приспособлении**. На плите приспособления будут два **установочных пальца**: цилиндрический Ø10 g6 и **срезанный
палец** Ø8 e8 на расстоянии {lab.PART['spacing']:g} ± {kk(pins_tol)} мм. Правило шести точек (3-2-1): плоскость плиты
отнимает три степени свободы, цилиндрический палец две, срезанный палец одну. На этом этапе вы посчитаете
**посадки** и **допуски**: предельные размеры, **зазор**, вид посадки и можно ли надеть кронштейн на два
цилиндрических пальца. Срок этапа — первая неделя проекта. Кронштейн и приспособление вымышлены, предельные
отклонения взяты из стандарта ISO 286.""",
            en=f"""# Project: a welding fixture for a new bracket. Milestone 1: fits and tolerances

A new bracket comes to the welding shop: a {lab.PART['thickness']:g} mm steel sheet with two locating holes, Ø10 H7 and
Ø8 H7, their centres {lab.PART['spacing']:g} ± {part_tol:g} mm apart. While it is welded the bracket must stay still in a
**fixture**. The fixture's block will carry two **locating pins**: a round one, Ø10 g6, and a **diamond pin**, Ø8 e8,
{lab.PART['spacing']:g} ± {pins_tol:g} mm apart. The 3-2-1 principle: the block's top takes three degrees of freedom, the
round pin two, the diamond pin one. In this milestone you compute the **fits** and **tolerances**: the limits of
size, the **clearance**, the kind of fit and whether the bracket goes on two round pins. The milestone is due in the
first week of the project. The bracket and its fixture are fictional; the limit deviations are ISO 286's."""),
        a.text(
            kk="""**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `2 * ureg.mm`,
`3 * ureg.micrometer`. Функцияны тапсырмада берілген атымен және аргументтерімен жазыңыз. Әр тапсырманың
астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `2 * ureg.mm`,
`3 * ureg.micrometer`. Функцию пишите с тем именем и аргументами, которые даны в задаче. Запускайте тестовую ячейку
под каждой задачей: она проверяет форму ответа.""",
            en="""**How to write answers.** Write a quantity with a unit through `ureg`: `2 * ureg.mm`, `3 * ureg.micrometer`.
Write a function with the name and arguments the task gives. Run the test cell under each task: it checks the form
of your answer."""),
        _table(),

        a.task(1, 1, "A",
               kk="""Цилиндрлік саусақтың диаметрі Ø10 g6. Кестеден оның шекті ауытқуларын тауып, ең үлкен және ең кіші
шекті өлшемін `d_max` және `d_min` деп, миллиметрмен pint шамасы ретінде жазыңыз.""",
               ru="""Диаметр цилиндрического пальца Ø10 g6. Найдите по таблице его предельные отклонения и запишите наибольший и
наименьший предельные размеры в `d_max` и `d_min` как величины pint в миллиметрах.""",
               en="""The round pin's diameter is Ø10 g6. Find its limit deviations in the table and write its largest and smallest
limits of size as `d_max` and `d_min`, pint quantities in millimetres."""),
        a.answer("pin-limits", "d_max = (10 - 0.005) * ureg.mm\nd_min = (10 - 0.005 - 0.009) * ureg.mm",
                 before="# d_max = ... * ureg.mm\n# d_min = ... * ureg.mm"),
        a.tests("pin-limits-test", 1, public="""require(compare(d_max, "mm", mode="dimension"))
require(compare(d_min, "mm", mode="dimension"))""",
                hidden=f"""require(compare(d_max, "{d_max} mm", mode="units", rtol=2e-5, rules=[rules.wrong_answer({10 + (10 - d_max)} * ureg.mm, code="deviation-sign", message={{"kk": "g білігінің ауытқулары теріс: білік номиналдан жіңішке.", "ru": "Отклонения вала g отрицательны: вал тоньше номинала.", "en": "A g shaft's deviations are negative: the shaft is thinner than its nominal size."}})]))
require(compare(d_min, "{d_min} mm", mode="units", rtol=2e-5))"""),

        a.task(2, 1, "A",
               kk="""Тесіктің шекті ауытқулары $EI$, $ES$, біліктікі $ei$, $es$. Ең кіші саңылауды `C_min` және ең үлкен саңылауды
`C_max` деп, осы әріптер арқылы sympy өрнегі ретінде жазыңыз (теріс саңылау — **керіліс**).""",
               ru="""Предельные отклонения отверстия $EI$, $ES$, вала $ei$, $es$. Запишите наименьший зазор `C_min` и наибольший
зазор `C_max` через эти буквы как выражения sympy (отрицательный зазор — это **натяг**).""",
               en="""A hole's limit deviations are $EI$, $ES$, a shaft's $ei$, $es$. Write the smallest clearance `C_min` and the
largest clearance `C_max` in these letters as sympy expressions (a negative clearance is an **interference**)."""),
        a.answer("clearance-formulas", "C_min = EI - es\nC_max = ES - ei", before="# C_min = ...\n# C_max = ..."),
        a.tests("clearance-formulas-test", 1, public="""assert isinstance(C_min, sp.Expr) and isinstance(C_max, sp.Expr), pick({"kk": "C_min, C_max: sympy өрнектері (EI, ES, ei, es әріптері)", "ru": "C_min, C_max: выражения sympy (буквы EI, ES, ei, es)", "en": "C_min, C_max: sympy expressions (the letters EI, ES, ei, es)"})""",
                hidden="""_EI, _ES, _ei, _es = sp.symbols("EI ES ei es")
require(compare(C_min, _EI - _es, rules=[rules.wrong_answer(_ES - _ei, code="swapped", message={"kk": "Ең кіші саңылау — ең кіші тесік пен ең үлкен білік: EI - es.", "ru": "Наименьший зазор — наименьшее отверстие и наибольший вал: EI - es.", "en": "The smallest clearance is the smallest hole over the largest shaft: EI - es."})]))
require(compare(C_max, _ES - _ei, rules=[rules.wrong_answer(_EI - _es, code="swapped", message={"kk": "Ең үлкен саңылау — ең үлкен тесік пен ең кіші білік: ES - ei.", "ru": "Наибольший зазор — наибольшее отверстие и наименьший вал: ES - ei.", "en": "The largest clearance is the largest hole over the smallest shaft: ES - ei."})]))"""),

        a.task(3, 2, "B",
               kk="""`clearance(hole, shaft)` функциясын жазыңыз: `hole = (EI, ES)`, `shaft = (ei, es)` — шекті ауытқулар,
мкм. Функция `(C_min, C_max)` жұбын қайтарсын. Мысалы, `clearance((0, 15), (-14, -5))` нәтижесі `(5, 29)`. Тест оны
көптеген ауытқуларда тексереді.""",
               ru="""Напишите функцию `clearance(hole, shaft)`: `hole = (EI, ES)`, `shaft = (ei, es)` — предельные отклонения, мкм.
Функция возвращает пару `(C_min, C_max)`. Например, `clearance((0, 15), (-14, -5))` даёт `(5, 29)`. Тест проверяет её
на множестве отклонений.""",
               en="""Write the function `clearance(hole, shaft)`: `hole = (EI, ES)` and `shaft = (ei, es)` are limit deviations,
µm. It returns the pair `(C_min, C_max)`. For example, `clearance((0, 15), (-14, -5))` gives `(5, 29)`. The test
tries it on many deviations."""),
        a.answer("clearance-function", """def clearance(hole, shaft):
    EI, ES = hole
    ei, es = shaft
    return EI - es, ES - ei""", hint={
            "kk": "def clearance(hole, shaft): ... (C_min, C_max) қайтарыңыз",
            "ru": "def clearance(hole, shaft): ... верните (C_min, C_max)",
            "en": "def clearance(hole, shaft): ... return (C_min, C_max)"}),
        a.tests("clearance-function-test", 2, public="""assert callable(clearance), pick({"kk": "clearance — функция болуы керек (def clearance(hole, shaft): ...).", "ru": "clearance должна быть функцией (def clearance(hole, shaft): ...).", "en": "clearance should be a function (def clearance(hole, shaft): ...)."})
require(compare(list(clearance((0, 15), (-14, -5))), [5, 29], mode="numeric"))""",
                hidden=LAB + """require(check_function(clearance, _lab.clearance, inputs=[((0, 15), (-14, -5)), ((0, 15), (1, 10)), ((0, 15), (23, 32)),
                                                          ((0, 36), (-22, -13)), ((-5, 5), (0, 0))],
                       strategy=_lab.deviation_pairs(), max_examples=200))"""),

        a.task(4, 2, "B",
               kk="""Цилиндрлік саусақ пен бөлшек тесігінің отырғызуы — Ø10 H7/g6. Кестеден ең кіші және ең үлкен саңылауды
тауып, `c_min` және `c_max` деп микрометрмен pint шамасы ретінде жазыңыз.""",
               ru="""Посадка цилиндрического пальца в деталь — Ø10 H7/g6. Найдите по таблице наименьший и наибольший зазор и
запишите их в `c_min` и `c_max` как величины pint в микрометрах.""",
               en="""The round pin's fit in the part is Ø10 H7/g6. Find the smallest and the largest clearance from the table and
write them as `c_min` and `c_max`, pint quantities in micrometres."""),
        a.answer("pin-fit", "c_min = (0 - (-5)) * ureg.micrometer\nc_max = (15 - (-14)) * ureg.micrometer",
                 before="# c_min = ... * ureg.micrometer\n# c_max = ... * ureg.micrometer"),
        a.tests("pin-fit-test", 2, public="""require(compare(c_min, "um", mode="dimension"))
require(compare(c_max, "um", mode="dimension"))""",
                hidden=f"""require(compare(c_min, "{c_min} um", mode="units", rtol=1e-3))
require(compare(c_max, "{c_max} um", mode="units", rtol=1e-3, rules=[rules.wrong_answer({lab.IT[7][1] + c_min} * ureg.micrometer, code="upper-deviation", message={{"kk": "Ең үлкен саңылау — ең үлкен тесік (ES) пен ең кіші білік (ei) айырмасы.", "ru": "Наибольший зазор — разность наибольшего отверстия (ES) и наименьшего вала (ei).", "en": "The largest clearance is the largest hole (ES) less the smallest shaft (ei)."}})]))"""),

        a.task(5, 1, "B",
               kk=f"""Ø10 өлшемінде мына отырғызулардың қайсысы **саңылаулы отырғызу** (ең кіші саңылау 0-ден кем емес, ISO 286)?
{fits}. Оларды жол ретінде `clearance_fits` жиынына жазыңыз, мысалы `{{"H7/s6"}}` (бұл жауап емес). Тексеру қате
отырғызуды осы тізімдегі орнымен атайды (1-элемент — тізімдегі бірінші отырғызу, 6-элемент — тізімде жоқ жолдар саны).""",
               ru=f"""Какие из посадок при Ø10 — **посадки с зазором** (наименьший зазор не меньше 0, ISO 286)? {fits}. Запишите их
строками в множество `clearance_fits`, например `{{"H7/s6"}}` (это не ответ). Проверка называет неверную посадку
её местом в этом списке (элемент 1 — первая посадка списка, элемент 6 — число строк не из списка).""",
               en=f"""Which of these fits at Ø10 are **clearance fits** (the smallest clearance at least 0, ISO 286)? {fits}. Write them
as strings in the set `clearance_fits`, for example `{{"H7/s6"}}` (not the answer). The check names a wrong fit by
its place in this list (item 1 is the list's first fit; item 6 counts strings not in the list)."""),
        a.answer("clearance-fits", 'clearance_fits = {"H7/g6", "H7/f7", "H7/h6"}', before="# clearance_fits = {...}"),
        a.tests("clearance-fits-test", 1, public=f"""assert isinstance(clearance_fits, (set, list, tuple)) and set(clearance_fits) <= set({list(lab.FITS)!r}), pick({{"kk": "clearance_fits: тізімдегі отырғызулардың жиыны, {{\\"H7/s6\\"}} сияқты", "ru": "clearance_fits: множество посадок из списка, как {{\\"H7/s6\\"}}", "en": "clearance_fits: a set of the fits listed, like {{\\"H7/s6\\"}}"}})""",
                hidden=LAB + f"""_chosen = set(clearance_fits)
_marks = [int(f in _chosen) for f in _lab.FITS] + [len(_chosen - set(_lab.FITS))]  # each fit listed, then any other
require(compare(_marks, {[int(lab.fit(10, f)[0] >= 0) for f in lab.FITS] + [0]}, mode="numeric", rtol=0, atol=0.1))"""),

        a.task(6, 1, "B",
               kk="""Кронштейн цилиндрлік саусаққа кигізілгенде оның тесігінің центрі саусақтың центрінен ең көп дегенде қанша
қашықтыққа ығыса алады? Оны `shift` деп, ұзындық бірлігімен pint шамасы ретінде жазыңыз.""",
               ru="""На сколько самое большее может сместиться центр отверстия кронштейна от центра цилиндрического пальца, когда
кронштейн надет на палец? Запишите это в `shift` как величину pint с единицей длины.""",
               en="""When the bracket is on the round pin, how far at most can its hole's centre be from the pin's centre? Write
it as `shift`, a pint quantity with a unit of length."""),
        a.answer("worst-shift", "shift = 29 / 2 * ureg.micrometer", before="# shift = ..."),
        a.tests("worst-shift-test", 1, public="""require(compare(shift, "mm", mode="dimension"))""",
                hidden=f"""require(compare(shift, "{shift} mm", mode="units", rtol=1e-3, rules=[rules.wrong_answer({shift * 2} * ureg.mm, code="diameter-not-radius", message={{"kk": "Саңылау — диаметрлер айырмасы; центр оның жартысына ғана ығысады.", "ru": "Зазор — это разность диаметров; центр смещается только на его половину.", "en": "The clearance is a difference of diameters; the centre moves by half of it."}})]))"""),

        a.task(7, 1, "A",
               kk=f"""Кронштейн тесіктерінің арақашықтығы {lab.PART['spacing']:g} ± {kk(part_tol)} мм, саусақтардыкі
{lab.PART['spacing']:g} ± {kk(pins_tol)} мм. Бұл екі арақашықтықтың айырмасы ең көп дегенде қанша болуы мүмкін? Оны
`mismatch` деп, миллиметрмен pint шамасы ретінде жазыңыз.""",
               ru=f"""Расстояние между отверстиями кронштейна {lab.PART['spacing']:g} ± {kk(part_tol)} мм, между пальцами
{lab.PART['spacing']:g} ± {kk(pins_tol)} мм. Какой может быть наибольшая разность этих двух расстояний? Запишите её в
`mismatch` как величину pint в миллиметрах.""",
               en=f"""The bracket's holes are {lab.PART['spacing']:g} ± {part_tol:g} mm apart, the pins {lab.PART['spacing']:g} ± {pins_tol:g}
mm. How large can the difference of these two distances be at most? Write it as `mismatch`, a pint quantity in
millimetres."""),
        a.answer("mismatch", f"mismatch = ({part_tol} + {pins_tol}) * ureg.mm", before="# mismatch = ... * ureg.mm"),
        a.tests("mismatch-test", 1, public="""require(compare(mismatch, "mm", mode="dimension"))""",
                hidden=f"""require(compare(mismatch, "{mismatch} mm", mode="units", rtol=1e-3))"""),

        a.task(8, 2, "C",
               kk=f"""Бөлшек екі цилиндрлік саусаққа кез келген жағдайда кигізіледі, егер арақашықтықтардың айырмасы екі ең
кіші саңылаудың қосындысының жартысынан аспаса: $|\\Delta L| \\le (C_{{min,1}} + C_{{min,2}})/2$. `loadable(mismatch,
c_min_1, c_min_2)` функциясын жазыңыз: үш сан бір бірлікте, айырма теріс те болуы мүмкін; функция `True` немесе
`False` қайтарсын. Содан кейін `on_two_round_pins = loadable(...)` деп, біздің кронштейн үшін (екінші саусақ та
цилиндрлік Ø8 g6 болса, Ø8 H7/g6-ның ең кіші саңылауы да {c_min} мкм) екі цилиндрлік саусақ жарай ма, соны жазыңыз.""",
               ru=f"""Деталь наденется на два цилиндрических пальца при любых размерах, если разность расстояний не больше половины
суммы двух наименьших зазоров: $|\\Delta L| \\le (C_{{min,1}} + C_{{min,2}})/2$. Напишите функцию `loadable(mismatch,
c_min_1, c_min_2)`: три числа в одной единице, разность может быть и отрицательной; функция возвращает `True` или
`False`. Затем запишите `on_two_round_pins = loadable(...)`: годятся ли для нашего кронштейна два цилиндрических
пальца (если и второй палец цилиндрический, Ø8 g6, наименьший зазор Ø8 H7/g6 тоже {c_min} мкм).""",
               en=f"""A part goes on two round pins whatever its sizes if the distances' difference is at most half the sum of the two
smallest clearances: $|\\Delta L| \\le (C_{{min,1}} + C_{{min,2}})/2$. Write the function `loadable(mismatch, c_min_1,
c_min_2)`: three numbers in one unit, the difference may be negative too; it returns `True` or `False`. Then write
`on_two_round_pins = loadable(...)`: whether two round pins will do for our bracket (were the second pin round too,
Ø8 g6, the smallest clearance of Ø8 H7/g6 would be {c_min} µm too)."""),
        a.answer("loadable", f"""def loadable(mismatch, c_min_1, c_min_2):
    return abs(mismatch) <= (c_min_1 + c_min_2) / 2


on_two_round_pins = loadable({mismatch}, {c_min / 1000}, {c_min / 1000})""", hint={
            "kk": "def loadable(mismatch, c_min_1, c_min_2): ... True немесе False",
            "ru": "def loadable(mismatch, c_min_1, c_min_2): ... True или False",
            "en": "def loadable(mismatch, c_min_1, c_min_2): ... True or False"}),
        a.tests("loadable-test", 2, public="""assert callable(loadable), pick({"kk": "loadable — функция болуы керек.", "ru": "loadable должна быть функцией.", "en": "loadable should be a function."})
assert loadable(0, 5, 5) in (True, False), pick({"kk": "loadable True немесе False қайтаруы керек.", "ru": "loadable должна возвращать True или False.", "en": "loadable should return True or False."})""",
                hidden=LAB + f"""require(check_function(loadable, _lab.loadable, inputs=[({mismatch}, {c_min / 1000}, {c_min / 1000}), (3, 5, 5), (-8, 5, 5), (5, 5, 5), (-5, 5, 5), (6, 5, 7), (70, 13, 13)],
                       strategy=_lab.pin_cases(), max_examples=200))
require(compare(int(bool(on_two_round_pins)), {int(lab.loadable(mismatch, c_min / 1000, c_min / 1000))}, mode="numeric", rtol=0, atol=0.1, rules=[rules.wrong_answer({1 - int(lab.loadable(mismatch, c_min / 1000, c_min / 1000))}, code="units-mixed", message={{"kk": "on_two_round_pins: {mismatch * 1000:g} мкм айырма мен {c_min} мкм саңылауларды бір бірлікте салыстырыңыз.", "ru": "on_two_round_pins: сравните разность {mismatch * 1000:g} мкм и зазоры по {c_min} мкм в одной единице.", "en": "on_two_round_pins: compare the difference of {mismatch * 1000:g} µm with the clearances of {c_min} µm in one unit."}})]))"""),
        a.text(
            kk=f"""**Сондықтан екінші саусақ — кесілген саусақ.** Оның центрлер сызығына перпендикуляр екі жағы кесілген,
ені $b$ екі тар цилиндрлік жолағы қалады: олар кронштейннің бұрылуына кедергі жасайды, ал центрлер сызығы бойымен
тесік оған жолақтың шеті тигенше жылжи алады: $x^2 + b\\,x = R^2 - r^2$ болатын $x$ қашықтыққа ($R$ — тесіктің ең кіші
радиусы, $r$ — саусақтың ең үлкен радиусы). Ø8 g6 саусағында $b = {kk(wide)}$ мм болса, бұл тек {kk(tight_slide)} мкм,
сондықтан кесілген саусақ жіңішкерек жасалады: Ø8 e8 ($es = {e_dev}$ мкм, H7 тесігіндегі ең кіші саңылау {c_diamond} мкм)
$b = {kk(land)}$ мм болғанда тесік {kk(slide)} мкм-ге жылжи алады, цилиндрлік саусақтың {kk(c_min / 2)} мкм-імен бірге бұл
{mismatch * 1000:g} мкм-ді жабады. Екінші кезеңде осы саусақтарға арналған плитаны модельдейсіз.""",
            ru=f"""**Поэтому второй палец — срезанный.** На нём сняты две лыски, перпендикулярные линии центров, и остаются две
узкие цилиндрические ленточки шириной $b$: они не дают кронштейну повернуться, а вдоль линии центров отверстие может
сместиться, пока его не коснётся край ленточки, — на такое $x$, что $x^2 + b\\,x = R^2 - r^2$ ($R$ — наименьший радиус
отверстия, $r$ — наибольший радиус пальца). У пальца Ø8 g6 с $b = {kk(wide)}$ мм это всего {kk(tight_slide)} мкм, поэтому
срезанный палец делают тоньше: Ø8 e8 ($es = {e_dev}$ мкм, наименьший зазор в отверстии H7 — {c_diamond} мкм) с
$b = {kk(land)}$ мм позволяет отверстию сместиться на {kk(slide)} мкм, и вместе с {kk(c_min / 2)} мкм цилиндрического пальца
это покрывает {mismatch * 1000:g} мкм. На втором этапе вы смоделируете плиту под эти пальцы.""",
            en=f"""**That is why the second pin is a diamond pin.** Two flats are ground on it square to the line of centres,
leaving two narrow round lands $b$ wide: they stop the bracket turning, while along the line of centres the hole can
slide until a land's edge touches it, by the $x$ with $x^2 + b\\,x = R^2 - r^2$ ($R$ the hole's smallest radius, $r$
the pin's largest). For a Ø8 g6 pin with $b = {wide:g}$ mm that is only {tight_slide:g} µm, so a diamond pin is made
thinner: Ø8 e8 ($es = {e_dev}$ µm, a smallest clearance of {c_diamond} µm in an H7 hole) with $b = {land:g}$ mm lets the hole
slide by {slide:g} µm, and with the round pin's {c_min / 2:g} µm that covers the {mismatch * 1000:g} µm. In the second
milestone you model the block for these pins."""),
    ], module=MODULE)
    first = next(i for i, c in enumerate(nb.cells) if "**1-тапсырма" in c.source)
    a.refresh_descriptors(nb, meta, at=first - 3)  # before the table's three cells
    assert (d_min, d_max, c_min, c_max) == (9.986, 9.995, 5, 29) and not lab.loadable(mismatch, c_min / 1000, c_min / 1000)
    assert lab.PINS["pin_2"] == (8, "e8") and slide + c_min / 2 >= mismatch * 1000 > tight_slide + c_min / 2
    return nb


# -- milestone 2: the fixture block and the report for the shop -----------------------------------------------------

BLOCK_SETUP = """import math
from curriculum.cad import box, circle, cylinder, extrude, rectangle, load
from curriculum.check import advise, check_function, check_part, compare, require, rules
from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import fixture as lab"""

THICKER = 25.0
"""The thickness the predict-first question asks about (the lab's thickness slider reaches it)."""

BLOCK_SOLUTION = """block = box(120, 60, 20)
block = block - cylinder(10, 22).move(x=20, y=30, z=-1)
block = block - cylinder(8, 22).move(x=100, y=30, z=-1)
for x, y in mounting_holes(120, 60, 10):
    block = block - cylinder(9, 22).move(x=x, y=y, z=-1)"""


def milestone_2(meta: object) -> object:
    d = lab.DRAWING
    holes = [d["round_pin"], d["diamond_pin"]] + [d["mount"]] * 4
    mass = lab.mass_by_formula(d["length"], d["width"], d["thickness"], holes)
    c_min, c_max = lab.fit(10, "H7/g6")
    c_min_8, c_max_8 = lab.fit(8, "H7/e8")                          # the diamond pin's fit
    two_round = (c_min + lab.fit(8, "H7/g6")[0]) / 2                # were the Ø8 pin round and g6 too
    land = lab.PINS["land"]
    slide = round(lab.diamond_float(8, "H7/e8", land) * 1000)
    shift = lab.worst_shift(10, "H7/g6") * 1000
    mismatch = lab.worst_mismatch() * 1000
    size = f"{d['length']:g} × {d['width']:g} × {d['thickness']:g}"
    nb = a.notebook([
        a.setup_cell(imports=BLOCK_SETUP),
        a.text(
            kk=f"""# Жоба: жаңа кронштейнге дәнекерлеу айлабұйымы. 2-кезең: айлабұйымның плитасы және цехқа есеп

Бірінші кезеңде кронштейн екі цилиндрлік саусаққа кигізілмейтінін, сондықтан екінші саусақ кесілген болатынын
көрдіңіз. Енді саусақтар престеліп орнатылатын болат плитаны модельдейсіз (саусақтар стандартты бұйымдар, плита
оларсыз тексеріледі), оны сызбамен салыстырасыз және цехқа қысқа есеп жазасыз; есепті тәлімгеріңіз рубрика бойынша
бағалап, пікірін жазады. Кезеңнің мерзімі — жобаның төртінші аптасы.

**Сызба.** Плита {size} мм, үстелде жатыр, бұрышы координаттар басында (x оңға, y алысқа, z жоғары). Цилиндрлік
саусақтың Ø{d['round_pin']:g} тесігінің центрі ({d['edge']:g}; {d['width'] / 2:g}) нүктесінде, кесілген саусақтың Ø{d['diamond_pin']:g}
тесігі одан x бойымен {d['spacing']:g} мм әрі. Төрт бекіту тесігі Ø{d['mount']:g} (M8 бұрандамаларына)
плитаның шеттерінен {d['margin']:g} мм қашықтықта. Барлық тесік өтпелі.""",
            ru=f"""# Проект: сварочное приспособление для нового кронштейна. Этап 2: плита приспособления и отчёт цеху

На первом этапе вы увидели, что кронштейн не наденется на два цилиндрических пальца, поэтому второй палец срезанный.
Теперь вы смоделируете стальную плиту, в которую запрессуют пальцы (пальцы — стандартные изделия, плита проверяется
без них), сравните её с чертежом и напишете короткий отчёт цеху; отчёт оценит по рубрике ваш наставник и напишет
свой отзыв. Срок этапа — четвёртая неделя проекта.

**Чертёж.** Плита {size} мм лежит на столе, её угол в начале координат (x вправо, y от вас, z вверх). Отверстие
цилиндрического пальца Ø{d['round_pin']:g} с центром в точке ({d['edge']:g}; {d['width'] / 2:g}), отверстие срезанного пальца
Ø{d['diamond_pin']:g} на {d['spacing']:g} мм дальше по x. Четыре крепёжных отверстия Ø{d['mount']:g} (под болты M8) в
{d['margin']:g} мм от краёв плиты. Все отверстия сквозные.""",
            en=f"""# Project: a welding fixture for a new bracket. Milestone 2: the fixture block and a report for the shop

In the first milestone you saw that the bracket does not go on two round pins, so the second pin is a diamond pin.
Now you model the steel block the pins are pressed into (the pins are standard parts; the block is checked without
them), compare it with the drawing and write a short report for the shop, which your mentor grades by a rubric and
comments on. The milestone is due in the fourth week of the project.

**The drawing.** The block, {size} mm, lies on the bed with its corner at the origin (x to the right, y away, z up).
The round pin's hole, Ø{d['round_pin']:g}, has its centre at ({d['edge']:g}, {d['width'] / 2:g}); the diamond pin's, Ø{d['diamond_pin']:g},
is {d['spacing']:g} mm further along x. Four mounting holes, Ø{d['mount']:g} (for M8 bolts), are {d['margin']:g} mm from the
block's edges. Every hole goes through."""),
        a.text(
            kk=f"""**Алдымен болжаңыз.** Плитаның қалыңдығы {d['thickness']:g} мм емес, {THICKER:g} мм болса, ол неше есе ауыр
болады? Тесіктер өтпелі екенін ескеріңіз. Болжамыңызды жазып алыңыз, содан кейін зертханада қалыңдық жүгірткісін
{THICKER:g} мм-ге қойып, массасын оқыңыз.

Зертханада плитаны, саусақтарды және оларға кигізілген кронштейнді (мөлдір) айналдырып көріңіз; жүгірткілер
плитаны бірден өзгертеді.""",
            ru=f"""**Сначала предскажите.** Во сколько раз тяжелее станет плита, если её толщина будет не {d['thickness']:g} мм, а
{THICKER:g} мм? Учтите, что отверстия сквозные. Запишите свой прогноз, затем поставьте в лаборатории ползунок толщины на
{THICKER:g} мм и прочитайте массу.

Покрутите в лаборатории плиту, пальцы и надетый на них кронштейн (прозрачный); ползунки сразу меняют плиту.""",
            en=f"""**Predict first.** How many times heavier would the block be if it were {THICKER:g} mm thick instead of
{d['thickness']:g} mm? Mind that the holes go through. Write your guess down, then set the lab's thickness slider to
{THICKER:g} mm and read the mass.

Turn the block, the pins and the bracket loaded on them (see-through) in the lab; the sliders change the block
at once."""),
        a.lab("lab.make_lab()"),

        a.task(1, 1, "A",
               kk=f"""Плитаның массасын формуламен есептеңіз: (ұзындығы × ені − алты тесіктің аудандары πd²/4) × қалыңдығы ×
болаттың тығыздығы {kk(lab.STEEL)} г/см³. Оны `block_mass` деп, масса бірлігімен pint шамасы ретінде жазыңыз.""",
               ru=f"""Вычислите массу плиты по формуле: (длина × ширина − площади шести отверстий πd²/4) × толщина × плотность стали
{kk(lab.STEEL)} г/см³. Запишите её в `block_mass` как величину pint с единицей массы.""",
               en=f"""Compute the block's mass by the formula: (length × width − the six holes' areas πd²/4) × thickness × the
density of steel, {lab.STEEL:g} g/cm³. Write it as `block_mass`, a pint quantity with a unit of mass."""),
        a.answer("block-mass", """area = 120 * 60 - math.pi / 4 * (10**2 + 8**2 + 4 * 9**2)
block_mass = (area * 20 * ureg.mm**3 * 7.85 * ureg.gram / ureg.cm**3).to(ureg.gram)""",
                 before="# block_mass = ..."),
        a.tests("block-mass-test", 1, public="""require(compare(block_mass, "g", mode="dimension"))""",
                hidden=f"""require(compare(block_mass, "{mass:.1f} g", mode="units", rtol=0.01, rules=[
    rules.wrong_answer({round(d['length'] * d['width'] * d['thickness'] / 1000 * lab.STEEL, 1)} * ureg.gram, code="holes-forgotten", message={{"kk": "Алты тесікті шегеруді ұмытпаңыз: әрқайсысы πd²/4 · қалыңдығы.", "ru": "Не забудьте вычесть шесть отверстий: каждое πd²/4 · толщина.", "en": "Do not forget to take away the six holes: πd²/4 · thickness each."}}),
    rules.forgot_factor("1/1000", code="mm3-as-cm3", message={{"kk": "Көлем мм³-пен, ал тығыздық г/см³-пен берілген: 1 см³ = 1000 мм³.", "ru": "Объём получен в мм³, а плотность дана в г/см³: 1 см³ = 1000 мм³.", "en": "The volume is in mm³ and the density in g/cm³: 1 cm³ = 1000 mm³."}})]))"""),

        a.task(2, 2, "B",
               kk="""`mounting_holes(length, width, margin)` функциясын жазыңыз: ол плитаның шеттерінен `margin` қашықтықтағы төрт
бекіту тесігінің центрлерін `(x, y)` жұптарының тізімі етіп қайтарсын, мына ретпен: алдыңғы сол, алдыңғы оң, артқы
сол, артқы оң. Мысалы, `mounting_holes(50, 30, 5)` нәтижесі `[(5, 5), (45, 5), (5, 25), (45, 25)]`.""",
               ru="""Напишите функцию `mounting_holes(length, width, margin)`: она возвращает центры четырёх крепёжных отверстий в
`margin` от краёв плиты списком пар `(x, y)` в таком порядке: переднее левое, переднее правое, заднее левое, заднее
правое. Например, `mounting_holes(50, 30, 5)` даёт `[(5, 5), (45, 5), (5, 25), (45, 25)]`.""",
               en="""Write the function `mounting_holes(length, width, margin)`: it returns the centres of the four mounting holes,
`margin` from the block's edges, as a list of pairs `(x, y)` in this order: front left, front right, back left, back
right. For example, `mounting_holes(50, 30, 5)` gives `[(5, 5), (45, 5), (5, 25), (45, 25)]`."""),
        a.answer("mounting-holes", """def mounting_holes(length, width, margin):
    return [(margin, margin), (length - margin, margin), (margin, width - margin), (length - margin, width - margin)]""",
                 hint={"kk": "def mounting_holes(length, width, margin): ... төрт (x, y) жұбын қайтарыңыз",
                       "ru": "def mounting_holes(length, width, margin): ... верните четыре пары (x, y)",
                       "en": "def mounting_holes(length, width, margin): ... return four pairs (x, y)"}),
        a.tests("mounting-holes-test", 2, public="""assert callable(mounting_holes), pick({"kk": "mounting_holes — функция болуы керек.", "ru": "mounting_holes должна быть функцией.", "en": "mounting_holes should be a function."})
require(compare([c for p in mounting_holes(50, 30, 5) for c in p], [5, 5, 45, 5, 5, 25, 45, 25], mode="numeric"))""",
                hidden="""require(check_function(mounting_holes, lab.mounting_holes, inputs=[(120, 60, 10), (50, 30, 5), (200, 80, 12.5), (90, 90, 8), (40, 25, 6)]))"""),

        a.task(3, 4, "C",
               kk="""Сызба бойынша плитаны `block` айнымалысына модельдеңіз (`box`, `cylinder`, `extrude`, `circle` және өз
`mounting_holes` функцияңыз; зертхананың модельдерін пайдаланбаңыз). Тест оны сызбамен салыстырады: бір тұйық дене,
өлшемдері, көлемі, z = 10 мм қимадағы әр тесіктің центрі мен диаметрі. Тесіктер — плитаның аса маңызды элементі:
олар сызбаға сай болмаса (мысалы, саусақтардың тесіктері орын ауыстырса), плита ештеңені базаламайды, жарамсыз деп
танылады да, ұпайдың ең көбі төрттен бірін алады. Содан кейін плитаны шеберханаға
`block.save("fixture_block.stl")` арқылы сақтаңыз (немесе `.3mf`).""",
               ru="""Смоделируйте плиту по чертежу в переменной `block` (`box`, `cylinder`, `extrude`, `circle` и ваша функция
`mounting_holes`; моделями лаборатории не пользуйтесь). Тест сравнивает её с чертежом: одно замкнутое тело, размеры,
объём, центр и диаметр каждого отверстия в сечении z = 10 мм. Отверстия — критически важный элемент плиты: если они
не как на чертеже (например, отверстия пальцев поменялись местами), плита ничего не базирует, бракуется и получает
не больше четверти баллов. Затем сохраните плиту для мастерской:
`block.save("fixture_block.stl")` (или `.3mf`).""",
               en="""Model the block from the drawing as `block` (`box`, `cylinder`, `extrude`, `circle` and your own
`mounting_holes`; do not use the lab's models). The test compares it with the drawing: one closed solid, its size, its
volume, each hole's centre and diameter in the section z = 10 mm. The holes are the block's critical feature: if they
are not as drawn (the pins' holes swapped, say), the block locates nothing, is rejected and earns at most a quarter of
the points. Then save the block for the workshop with
`block.save("fixture_block.stl")` (or `.3mf`)."""),
        a.answer("block", BLOCK_SOLUTION, hint={
            "kk": "block = box(...) - cylinder(...).move(...) ...",
            "ru": "block = box(...) - cylinder(...).move(...) ...",
            "en": "block = box(...) - cylinder(...).move(...) ..."}),
        a.tests("block-test", 4, public="""advise(check_part(block))""",
                hidden="""require(check_part(block, lab.reference(), sections=lab.SECTIONS, density=lab.STEEL, critical=lab.CRITICAL), points=4)"""),

        a.task(4, 4, "C", locked_id="report-prompt",
               kk="""Цехқа есеп жазыңыз (жарты бетке дейін): кронштейн айлабұйымда қалай базаланады (3-2-1: қай бет, қай
саусақ қай еркіндік дәрежесін алады, оны не қысып ұстайды); саусақтардың отырғызулары мен саңылаулары сандармен, кронштейн қаншалықты
ығыса алады және бұл дәнекерлеуге жеткілікті ме; неге екінші саусақ кесілген; плитаның сызбасы және оны дайындаған
кезде нені тексеру керек (тәуекелдер). Есепті тәлімгеріңіз бағалайды.""",
               ru="""Напишите отчёт цеху (до половины страницы): как кронштейн базируется в приспособлении (3-2-1: какая плоскость,
какой палец какие степени свободы отнимает, что его прижимает); посадки пальцев и зазоры в числах, насколько может сместиться кронштейн
и достаточно ли этого для сварки; почему второй палец срезанный; чертёж плиты и что проверить при её изготовлении
(риски). Отчёт оценит ваш наставник.""",
               en="""Write a report for the shop (up to half a page): how the bracket is located in the fixture (3-2-1: which face,
which pin takes which degrees of freedom, what holds it down); the pins' fits and clearances in numbers, how far the bracket can shift
and whether that is enough for welding; why the second pin is a diamond pin; the block's drawing and what to check
when it is made (the risks). Your mentor grades the report.""",
               rubric={
                   "kk": f"""* 1 ұпай: базалау: плитаның беті 3, цилиндрлік саусақ 2, кесілген саусақ 1 еркіндік дәрежесін алады (алты нүкте ережесі); саусақтар тек базалайды, кронштейнді плитаның бетіне қысқыштар басып тұрады.
* 1 ұпай: сандар: Ø10 H7/g6 саңылауы {c_min}…{c_max} мкм, кесілген саусақтың Ø8 H7/e8 саңылауы {c_min_8}…{c_max_8} мкм, тесік центрі ең көп {kk(shift)} мкм-ге ығысады.
* 1 ұпай: кесілген саусақтың себебі: арақашықтықтардың айырмасы {mismatch:g} мкм-ге дейін, ал екі цилиндрлік саусақ тек {two_round:g} мкм-ге жол береді; жолақтарының ені {kk(land)} мм Ø8 e8 кесілген саусақ тесіктің {slide} мкм-ге жылжуына мүмкіндік береді.
* 1 ұпай: плита ({size} мм, тесіктер, массасы шамамен {kk(round(mass / 1000, 2))} кг) және тексерістер: саусақтар арақашықтығы ± {kk(lab.PINS['spacing_tol'])} мм, тесіктердің H7 дәлдігі, кесілген саусақтың жазық жақтары центрлер сызығына перпендикуляр, дәнекерлеу шашырандысынан қорғау, саусақтардың тозуы.""",
                   "ru": f"""* 1 балл: базирование: плоскость плиты отнимает 3 степени свободы, цилиндрический палец 2, срезанный палец 1 (правило шести точек); пальцы только базируют, к плоскости плиты кронштейн прижимают прихваты.
* 1 балл: числа: зазор Ø10 H7/g6 от {c_min} до {c_max} мкм, срезанного пальца Ø8 H7/e8 от {c_min_8} до {c_max_8} мкм, центр отверстия смещается не больше чем на {kk(shift)} мкм.
* 1 балл: почему палец срезанный: разность расстояний до {mismatch:g} мкм, а два цилиндрических пальца допускают только {two_round:g} мкм; срезанный палец Ø8 e8 с ленточками {kk(land)} мм позволяет отверстию сместиться на {slide} мкм.
* 1 балл: плита ({size} мм, отверстия, масса около {kk(round(mass / 1000, 2))} кг) и проверки: расстояние между пальцами ± {kk(lab.PINS['spacing_tol'])} мм, точность отверстий H7, лыски срезанного пальца перпендикулярны линии центров, защита от брызг сварки, износ пальцев.""",
                   "en": f"""* 1 point: location: the block's top takes 3 degrees of freedom, the round pin 2, the diamond pin 1 (the 3-2-1 principle); the pins only locate, clamps hold the bracket down on the block's top.
* 1 point: numbers: Ø10 H7/g6 clearance {c_min} to {c_max} µm, the diamond pin's Ø8 H7/e8 {c_min_8} to {c_max_8} µm, the hole's centre shifts by at most {shift:g} µm.
* 1 point: why a diamond pin: the distances differ by up to {mismatch:g} µm, and two round pins allow only {two_round:g} µm; the diamond pin, Ø8 e8 with lands {land:g} mm wide, lets the hole slide by {slide} µm.
* 1 point: the block ({size} mm, its holes, about {round(mass / 1000, 2):g} kg) and the checks: the pins' spacing ± {lab.PINS['spacing_tol']:g} mm, the holes' H7, the diamond pin's flats square to the line of centres, protection from weld spatter, the pins' wear."""}),
        a.written("report", 4, f"""**Model answer (en).** The bracket lies on the block's top (three degrees of freedom), its Ø10 H7 hole on the round pin Ø10 g6 (two more) and its Ø8 H7 hole on the diamond pin Ø8 e8, which stops it turning (the last one); clamps hold it down on the block's top, the pins only locate it. The clearances are {c_min} to {c_max} µm at Ø10 and {c_min_8} to {c_max_8} µm at Ø8, so the hole's centre is at most {shift:g} µm off the pin's: far less than a weld needs. The holes' spacing (± {lab.PART['spacing_tol']:g} mm) and the pins' (± {lab.PINS['spacing_tol']:g} mm) can differ by {mismatch:g} µm, and two round pins allow only {two_round:g} µm, so the second pin is a diamond pin, thinner than the round one (e8) and with lands {land:g} mm wide: it lets the hole slide by {slide} µm along the line of centres, enough for the {mismatch:g} µm. The block is {size} mm of steel, about {round(mass / 1000, 2):g} kg, with the two pin holes and four Ø9 holes for M8 bolts. Check the pins' spacing and the H7 holes when the block is made and that the diamond pin's flats are square to the line of centres, cover the pins from weld spatter and replace worn pins.

**Үлгі жауап (kk).** Кронштейн плитаның бетіне жатады (үш еркіндік дәрежесі), оның Ø10 H7 тесігі Ø10 g6 цилиндрлік саусаққа (тағы екеуі), Ø8 H7 тесігі Ø8 e8 кесілген саусаққа кигізіледі, ол бұрылуға кедергі жасайды (соңғысы); кронштейнді плитаның бетіне қысқыштар басып тұрады, саусақтар тек базалайды. Саңылаулар Ø10-да {c_min}…{c_max} мкм, Ø8-де {c_min_8}…{c_max_8} мкм, сондықтан тесік центрі саусақ центрінен ең көп {kk(shift)} мкм-ге ығысады: дәнекерлеуге бұл әбден жеткілікті. Тесіктердің (± {kk(lab.PART['spacing_tol'])} мм) және саусақтардың (± {kk(lab.PINS['spacing_tol'])} мм) арақашықтықтары {mismatch:g} мкм-ге айырмашылықта болуы мүмкін, ал екі цилиндрлік саусақ тек {two_round:g} мкм-ге жол береді, сондықтан екінші саусақ — кесілген саусақ, цилиндрліктен жіңішкерек (e8), жолақтарының ені {kk(land)} мм: ол тесіктің центрлер сызығы бойымен {slide} мкм-ге жылжуына мүмкіндік береді, бұл {mismatch:g} мкм-ге жеткілікті. Плита — {size} мм болат, шамамен {kk(round(mass / 1000, 2))} кг, екі саусақ тесігі және M8 бұрандамаларына төрт Ø9 тесік. Плитаны дайындағанда саусақтар арақашықтығын, H7 тесіктерін және кесілген саусақтың жазық жақтары центрлер сызығына перпендикуляр екенін тексеру, саусақтарды дәнекерлеу шашырандысынан қорғау, тозған саусақтарды ауыстыру керек.

**Образец ответа (ru).** Кронштейн лежит на плоскости плиты (три степени свободы), его отверстие Ø10 H7 надето на цилиндрический палец Ø10 g6 (ещё две), отверстие Ø8 H7 — на срезанный палец Ø8 e8, который не даёт ему повернуться (последняя); к плоскости плиты его прижимают прихваты, пальцы только базируют. Зазоры от {c_min} до {c_max} мкм при Ø10 и от {c_min_8} до {c_max_8} мкм при Ø8, поэтому центр отверстия смещается от центра пальца не больше чем на {kk(shift)} мкм: для сварки этого более чем достаточно. Расстояния между отверстиями (± {kk(lab.PART['spacing_tol'])} мм) и между пальцами (± {kk(lab.PINS['spacing_tol'])} мм) могут различаться на {mismatch:g} мкм, а два цилиндрических пальца допускают только {two_round:g} мкм, поэтому второй палец срезанный, тоньше цилиндрического (e8), с ленточками {kk(land)} мм: он позволяет отверстию сместиться вдоль линии центров на {slide} мкм, этого хватает на {mismatch:g} мкм. Плита — {size} мм стали, около {kk(round(mass / 1000, 2))} кг, с двумя отверстиями под пальцы и четырьмя отверстиями Ø9 под болты M8. При изготовлении проверить расстояние между пальцами, отверстия H7 и что лыски срезанного пальца перпендикулярны линии центров, закрыть пальцы от брызг сварки, менять изношенные пальцы."""),
    ], module=MODULE)
    first = next(i for i, c in enumerate(nb.cells) if "**1-тапсырма" in c.source)
    a.refresh_descriptors(nb, meta, at=first - 1)
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    return {root / "source" / FIRST / "fits.ipynb": milestone_1(meta),
            root / "source" / SECOND / "fixture_block.ipynb": milestone_2(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
