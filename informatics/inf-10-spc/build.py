"""Writes inf-10-spc's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-10-spc/build.py
    .venv/bin/python -m curriculum release

(``tests/test_standard.py`` checks that the committed notebooks are what this writes). Every number a student sees
is a given of the tasks or comes from the lab's model (``curriculum.labs.spc``); the module's test
(``tests/modules/test_inf_10_spc.py``) pins each one to the model.
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
MODULE = "inf-10-spc"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


def _msg(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


LESSON_SETUP = """import csv
import statistics
from curriculum.i18n import pick
from curriculum.labs import spc

# [kk] тірек күннің тексерулер файлы, `torque.csv`, осы бумаға жазылады
# [ru] файл проверок опорного дня, `torque.csv`, записывается в эту папку
# [en] the reference day's file of checks, `torque.csv`, is written to this folder
spc.write_lesson_file("torque.csv")"""

READ_FILE = """with open("torque.csv", encoding="utf-8") as f:
    rows = list(csv.reader(f))
checks = []
for row in rows[1:]:
    checks.append([float(v) for v in row[1:]])"""
"""How lesson 1 reads the file (lesson 2 repeats it)."""


# -- lesson 1: measurements from a file ------------------------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Процесті статистикалық басқару, 1-сабақ. Файлдағы өлшемдер

Зауыттың дөңгелек бекетінде сомын бұрағыш әр дөңгелектің бес сомынын 110 Н·м моментпен тартады. Сомын әлсіз
тартылса, жолда босап кетуі мүмкін; тым қатты тартылса, бұранда созылады. Сондықтан әр 30 минут сайын сапа
бақылаушысы бір дөңгелектің бес сомынын **динамометрлік кілтпен** тексеріп, нәтижесін файлға жазады. Күніне 20
тексеру, 100 сан. Бұл сандар бір-біріне тең емес: неге? Ауытқу қалыпты ма, әлде бір нәрсе бұзылды ма? Бүгін
файлды Python-да оқып, өлшемдердің ортасы мен шашырауын санмен өлшейміз; келесі сабақта желіні қашан тоқтату
керек екенін шешеміз. (Модульдегі сандар ойдан алынған, бірақ шынайы.)""",
            ru="""# Статистическое управление процессом, урок 1. Измерения из файла

На колёсном посту завода гайковёрт затягивает пять гаек каждого колеса моментом 110 Н·м. Слабо затянутая гайка
может открутиться в дороге, перетянутая растягивает резьбу. Поэтому каждые 30 минут контролёр качества проверяет
пять гаек одного колеса **динамометрическим ключом** и записывает результат в файл. За день 20 проверок, 100
чисел. Эти числа не равны друг другу: почему? Нормален ли такой разброс или что-то сломалось? Сегодня мы прочитаем
файл в Python и измерим числами среднее и разброс; на следующем уроке решим, когда останавливать линию. (Числа в
модуле вымышленные, но правдоподобные.)""",
            en="""# Statistical process control, lesson 1. Measurements from a file

At the plant's wheel station a nutrunner tightens the five nuts of each wheel to 110 N·m. A nut tightened too
little can work loose on the road; one tightened too hard stretches its thread. So every 30 minutes a quality
technician checks the five nuts of one wheel with a **torque wrench** and writes the result to a file. That is 20
checks a day, 100 numbers. The numbers are not equal: why? Is the variation normal, or has something broken?
Today we read the file in Python and put numbers on the measurements' middle and spread; next lesson we decide
when to stop the line. (The numbers in this module are fictional but plausible.)"""),
        a.text(
            kk="""## 1. CSV файлы — тізімдер тізімі

Бақылаушының файлы `torque.csv` — **CSV** пішіміндегі кесте: әр жол — бір тексеру, мәндер үтірмен бөлінген.
Бірінші жолда бағандардың атаулары: уақыт және `nut_1` ... `nut_5` сомындары. Python-ның `csv` модулі әр жолды
жолдар тізімі етіп оқиды. Санмен есептеу үшін уақытты тастап, қалған мәндерді `float` арқылы санға айналдырамыз.
Бір тексерудің бес мәні бірге өлшенеді, оларды **ішкі топ** (subgroup) деп атаймыз. Бүкіл күн — ішкі топтар
тізімі, яғни тізімдер тізімі: `checks[i][j]` — `i` тексерудің `j` сомыны.""",
            ru="""## 1. CSV-файл — список списков

Файл контролёра `torque.csv` — таблица в формате **CSV**: каждая строка — одна проверка, значения разделены
запятыми. В первой строке названия столбцов: время и гайки `nut_1` ... `nut_5`. Модуль `csv` языка Python читает
каждую строку как список строк. Чтобы считать с числами, отбрасываем время, а остальные значения превращаем в
числа через `float`. Пять значений одной проверки измерены вместе, их называют **подгруппой** (subgroup). Весь
день — список подгрупп, то есть список списков: `checks[i][j]` — гайка `j` проверки `i`.""",
            en="""## 1. A CSV file is a list of lists

The technician's file `torque.csv` is a table in **CSV** form: each line is one check, its values separated by
commas. The first line names the columns: the time and the nuts `nut_1` ... `nut_5`. Python's `csv` module reads
each line as a list of strings. To compute with numbers, we drop the time and turn the other values into numbers
with `float`. The five values of one check are measured together; they are a **subgroup**. The whole day is a list
of subgroups, a list of lists: `checks[i][j]` is nut `j` of check `i`."""),
        a.code("""with open("torque.csv", encoding="utf-8") as f:
    rows = list(csv.reader(f))
print(rows[0])
print(rows[1])

checks = []
for row in rows[1:]:
    checks.append([float(v) for v in row[1:]])
print(len(checks), len(checks[0]))
print(checks[0])"""),
        a.text(
            kk="""## 2. Орта, құлаш және стандартты ауытқу

Бір ішкі топтың $n$ мәні $x_1, \\dots, x_n$ болсын.

* **Арифметикалық орта** (mean) $\\bar x$ — мәндердің қосындысы бөлу олардың саны: процестің «ортасы».
* **Құлаш** (range) $R$ — ең үлкен мән минус ең кіші мән: шашыраудың ең қарапайым өлшемі.
* **Стандартты ауытқу** (standard deviation) — мәндердің ортадан әдеттегі қашықтығы: әр ауытқуды квадраттап,
  қосып, бөліп, түбір аламыз.

Неге бөлеміз: $n$-ге ме, әлде $n - 1$-ге ме? Бес сомын — ауысымдағы мыңдаған сомынның **іріктемесі** ғана. Іріктеменің
ортасы іріктеменің өз мәндеріне барлық басқа сандардан жақын, сондықтан $\\sum (x_i - \\bar x)^2$ сәл кіші
шығады. $n - 1$-ге бөлу мұны түзетеді: бұл — **іріктеме бойынша** стандартты ауытқу $s$ (`statistics.stdev`).
$n$-ге бөлу — **бас жиынтық бойынша** ауытқу $\\sigma$ (`statistics.pstdev`): барлық мәндер қолда болғанда ғана
қолданылады. Бұл модульде тапсырма қайсысын керек етсе, соны айтады.""",
            ru="""## 2. Среднее, размах и стандартное отклонение

Пусть $n$ значений одной подгруппы — $x_1, \\dots, x_n$.

* **Среднее арифметическое** (mean) $\\bar x$ — сумма значений, делённая на их число: «середина» процесса.
* **Размах** (range) $R$ — наибольшее значение минус наименьшее: самая простая мера разброса.
* **Стандартное отклонение** (standard deviation) — обычное расстояние значений от среднего: каждое отклонение
  возводим в квадрат, складываем, делим и извлекаем корень.

На что делить: на $n$ или на $n - 1$? Пять гаек — лишь **выборка** из тысяч гаек смены. Среднее выборки ближе к её
собственным значениям, чем любое другое число, поэтому $\\sum (x_i - \\bar x)^2$ получается чуть меньше. Деление на
$n - 1$ это исправляет: это **выборочное** стандартное отклонение $s$ (`statistics.stdev`). Деление на $n$ —
**генеральное** отклонение $\\sigma$ (`statistics.pstdev`): его берут, только когда под рукой все значения. В
этом модуле задача всегда говорит, какое из двух нужно.""",
            en="""## 2. Mean, range and standard deviation

Let the $n$ values of one subgroup be $x_1, \\dots, x_n$.

* The **mean** $\\bar x$ is the sum of the values divided by their number: the process's middle.
* The **range** $R$ is the largest value minus the smallest: the simplest measure of spread.
* The **standard deviation** is the values' typical distance from the mean: square each deviation, add them up,
  divide and take the square root.

Divide by what: $n$ or $n - 1$? Five nuts are only a **sample** of the thousands of nuts a work shift tightens. A sample's mean is
closer to the sample's own values than any other number is, so $\\sum (x_i - \\bar x)^2$ comes out a little small.
Dividing by $n - 1$ corrects this: that is the **sample** standard deviation $s$ (`statistics.stdev`). Dividing by
$n$ gives the **population** deviation $\\sigma$ (`statistics.pstdev`), used only when all the values are at hand.
In this module a task always says which of the two it wants."""),
        a.formula(r"$$\bar x=\frac{x_1+x_2+\dots+x_n}{n},\qquad R=x_{\max}-x_{\min},\qquad "
                  r"s=\sqrt{\frac{\sum_{i=1}^{n}(x_i-\bar x)^2}{n-1}},\qquad "
                  r"\sigma=\sqrt{\frac{\sum_{i=1}^{n}(x_i-\bar x)^2}{n}}$$"),
        a.example(
            kk="""### 1-мысал. 08:00 тексеруі

Файлдың бірінші тексеруі: 111,9; 109,7; 107,8; 112,4; 107,0 Н·м.

*Алдымен бағалаймыз.* Құлаш $R = 112{,}4 - 107{,}0 = 5{,}4$ Н·м. Бес мәнде стандартты ауытқу әдетте
құлаштың шамамен $1/2{,}3$ бөлігі: $5{,}4 / 2{,}326 \\approx 2{,}3$ Н·м. Бұл — келесі сабақтағы $d_2 = 2{,}326$
тұрақтысы.

*Енді есептейміз.* Қосынды 548,8, орта $\\bar x = 548{,}8 / 5 = 109{,}76$ Н·м. Ауытқулардың квадраттарының
қосындысы 23,012, сондықтан $s = \\sqrt{23{,}012 / 4} \\approx 2{,}40$ Н·м, ал $\\sigma = \\sqrt{23{,}012 / 5}
\\approx 2{,}15$ Н·м. Бағалау жақын болды.""",
            ru="""### Пример 1. Проверка 08:00

Первая проверка файла: 111,9; 109,7; 107,8; 112,4; 107,0 Н·м.

*Сначала оценим.* Размах $R = 112{,}4 - 107{,}0 = 5{,}4$ Н·м. Для пяти значений стандартное отклонение обычно около
$1/2{,}3$ размаха: $5{,}4 / 2{,}326 \\approx 2{,}3$ Н·м. Это константа $d_2 = 2{,}326$ следующего урока.

*Теперь вычислим.* Сумма 548,8, среднее $\\bar x = 548{,}8 / 5 = 109{,}76$ Н·м. Сумма квадратов отклонений 23,012,
поэтому $s = \\sqrt{23{,}012 / 4} \\approx 2{,}40$ Н·м, а $\\sigma = \\sqrt{23{,}012 / 5} \\approx 2{,}15$ Н·м.
Оценка оказалась близкой.""",
            en="""### Example 1. The check of 08:00

The file's first check: 111.9, 109.7, 107.8, 112.4, 107.0 N·m.

*First an estimate.* The range is $R = 112.4 - 107.0 = 5.4$ N·m. For five values the standard deviation is usually
about $1/2.3$ of the range: $5.4 / 2.326 \\approx 2.3$ N·m. That is the constant $d_2 = 2.326$ of next lesson.

*Now the calculation.* The sum is 548.8, the mean $\\bar x = 548.8 / 5 = 109.76$ N·m. The squared deviations add
up to 23.012, so $s = \\sqrt{23.012 / 4} \\approx 2.40$ N·m and $\\sigma = \\sqrt{23.012 / 5} \\approx 2.15$ N·m.
The estimate was close."""),
        a.code("""def mean(values):
    return sum(values) / len(values)


def sample_std(values):
    m = mean(values)
    squares = 0
    for x in values:
        squares = squares + (x - m) ** 2
    return (squares / (len(values) - 1)) ** 0.5


first = checks[0]
print(first, max(first) - min(first))
print(mean(first), sample_std(first))
print(statistics.mean(first), statistics.stdev(first), statistics.pstdev(first))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Айгерім ауытқуды `numpy` арқылы есептеп, 2,15 Н·м алды. Сапа бөлімінің бағдарламасы 2,40 Н·м дейді. Айгерім:
«Екеуі де стандартты ауытқу, айырмасы маңызсыз», — дейді. Төмендегі ұяшықты іске қосыңыз. `numpy.std` әдепкі
бойынша $n$-ге бөледі (бас жиынтық), `ddof=1` берсек — $n - 1$-ге. Бес мәнде айырма шамамен 10 %, ал келесі
сабақтың шекаралары мен индекстері осы санға тәуелді: қай ауытқуды қолданғаныңызды әрқашан жазыңыз.""",
            ru="""### Верно ли?

Айгерим посчитала отклонение через `numpy` и получила 2,15 Н·м. Программа отдела качества говорит 2,40 Н·м. Айгерим
говорит: «Оба — стандартное отклонение, разница неважна». Запустите ячейку ниже. `numpy.std` по умолчанию делит
на $n$ (генеральное), с `ddof=1` — на $n - 1$. Для пяти значений разница около 10 %, а границы и индексы следующего
урока зависят от этого числа: всегда пишите, какое отклонение вы взяли.""",
            en="""### Is it true?

Aigerim computed the deviation with `numpy` and got 2.15 N·m. The quality department's program says 2.40 N·m.
Aigerim says: "Both are the standard deviation, the difference does not matter." Run the cell below. `numpy.std`
divides by $n$ by default (population), with `ddof=1` by $n - 1$. For five values the difference is about 10 %, and
next lesson's limits and indices depend on this number: always write which deviation you took."""),
        a.code("""import numpy as np

print(np.std(first), np.std(first, ddof=1))
print(np.std(first, ddof=1) / np.std(first))""", role="misconception"),
        a.text(
            kk="""## 3. Шақтама шектері

Сызбада сомынның моменті үшін **шақтама шектері** (specification limits) берілген: төменгі шек LSL = 100 Н·м,
жоғарғы шек USL = 120 Н·м. Одан тыс сомын — ақау, оны қайта тарту керек. Күн бойғы барлық 100 сомынды цикл
арқылы тексерейік: ең кіші және ең үлкен мән, шектен тыс сомындар саны.""",
            ru="""## 3. Границы допуска

На чертеже для момента гайки заданы **границы допуска** (specification limits): нижняя LSL = 100 Н·м, верхняя
USL = 120 Н·м. Гайка вне допуска — брак, её перетягивают. Проверим циклом все 100 гаек дня: наименьшее и наибольшее
значение и число гаек вне допуска.""",
            en="""## 3. Specification limits

The drawing gives the nut's torque **specification limits**: the lower LSL = 100 N·m and the upper USL = 120 N·m. A
nut outside them is a defect and is tightened again. Let us check all 100 nuts of the day with a loop: the
smallest and the largest value and the number of nuts outside the limits."""),
        a.code("""values = [v for check in checks for v in check]
outside = 0
for v in values:
    if v < 100 or v > 120:
        outside = outside + 1
print(len(values), min(values), max(values), outside)
print(mean(values), sample_std(values))"""),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертханада сол жақта соңғы тексерудің бес сомыны, оң жақта тірек күн мен бүгінгі күннің барлық тексерулері:
сұр нүктелер — сомындар, көк сызық — тексерулердің орташалары, қызыл үзік сызықтар — шақтама шектері.
Жүгірткілерді қозғамас бұрын жауап беріңіз: процестің орташасын 116 Н·м-ге жылжытсақ немесе шашырауды 2-ден 4 Н·м-ге көбейтсек, қай жағдайда
шектен тыс сомындар көбірек болады? Жауабыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

В лаборатории слева пять гаек последней проверки, справа все проверки опорного дня и сегодняшнего: серые
точки — гайки, синяя линия — средние проверок, красные штриховые линии — границы допуска. Прежде чем двигать
ползунки, ответьте: если сдвинуть среднее процесса на 116 Н·м или увеличить разброс с 2 до 4 Н·м, в каком случае гаек вне допуска будет больше?
Запишите ответ в тетрадь.""",
            en="""### Predict first

In the lab, the five nuts of the last check are on the left and all the checks of the reference day and of today
on the right: grey dots are nuts, the blue line the checks' means, the red dashed lines the specification limits. Before you move the sliders,
answer: if the process's mean moves to 116 N·m, or its spread grows from 2 to 4 N·m, which gives more nuts outside
the limits? Write your answer down."""),
        a.lab("""lab = spc.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. Орташаны 116 Н·м-ге, сосын шашырауды 4 Н·м-ге қойыңыз (орташаны 110-ға қайтарып). «Шақтамадан тыс сомындар»
   санын салыстырыңыз. Болжамыңыз расталды ма?
2. Шақтама шектерін жылжытыңыз. Нүктелер мен сұр бақылау шекаралары орнында қала ма? Неге деп ойлайсыз?
3. Шашырауды 0,5 Н·м-ге дейін азайтыңыз: дөңгелектегі бес сомынның мәндері бір-біріне қаншалықты жақындады?""",
            ru="""### Исследуйте

1. Поставьте среднее 116 Н·м, затем разброс 4 Н·м (вернув среднее на 110). Сравните число «Гаек вне допуска».
   Подтвердилось ли предсказание?
2. Подвигайте границы допуска. Остаются ли точки и серые контрольные границы на месте? Как вы думаете, почему?
3. Уменьшите разброс до 0,5 Н·м: насколько сблизились значения пяти гаек на колесе?""",
            en="""### Explore

1. Set the mean to 116 N·m, then the spread to 4 N·m (with the mean back at 110). Compare the number of "Nuts
   outside the specification". Was your prediction right?
2. Move the specification limits. Do the dots and the grey control limits stay where they are? Why, do you think?
3. Reduce the spread to 0.5 N·m: how close together did the five nuts on the wheel come?"""),
        a.summary(
            kk="""## Қорытынды

* CSV файлын `csv.reader` оқиды; әр жол тізімге айналады, бүкіл файл — тізімдер тізімі. Бір тексерудің бірге
  өлшенген мәндері — **ішкі топ**.
* **Арифметикалық орта** — мәндердің қосындысы бөлу олардың саны; **құлаш** — ең үлкені минус ең кішісі.
* **Стандартты ауытқу** — мәндердің ортадан әдеттегі қашықтығы. Іріктеме бойынша $s$ $n - 1$-ге бөледі
  (`statistics.stdev`), бас жиынтық бойынша $\\sigma$ $n$-ге (`statistics.pstdev`, `numpy.std` әдепкі бойынша).
* **Шақтама шектері** LSL және USL сызбадан алынады: олар сомынның жарамды не жарамсыз екенін айтады.""",
            ru="""## Итоги

* CSV-файл читает `csv.reader`; каждая строка становится списком, весь файл — списком списков. Значения одной
  проверки, измеренные вместе, — **подгруппа**.
* **Среднее арифметическое** — сумма значений, делённая на их число; **размах** — наибольшее минус наименьшее.
* **Стандартное отклонение** — обычное расстояние значений от среднего. Выборочное $s$ делит на $n - 1$
  (`statistics.stdev`), генеральное $\\sigma$ — на $n$ (`statistics.pstdev`, `numpy.std` по умолчанию).
* **Границы допуска** LSL и USL берутся с чертежа: они говорят, годна гайка или нет.""",
            en="""## Summary

* `csv.reader` reads a CSV file; each line becomes a list, the whole file a list of lists. The values of one check,
  measured together, are a **subgroup**.
* The **mean** is the sum of the values divided by their number; the **range** is the largest minus the smallest.
* The **standard deviation** is the values' typical distance from the mean. The sample one, $s$, divides by
  $n - 1$ (`statistics.stdev`), the population one, $\\sigma$, by $n$ (`statistics.pstdev`, `numpy.std` by
  default).
* The **specification limits** LSL and USL come from the drawing: they say whether a nut is good or not."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Бес сомынның ауытқуын $n - 1$-ге бөліп есептеймін, себебі ...».
2. Екі процестің орташасы бірдей, 110 Н·м, бірақ біреуінің стандартты ауытқуы 1 Н·м, екіншісінікі 4 Н·м. Қайсысы
   жақсы және неге?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Отклонение пяти гаек я считаю с делением на $n - 1$, потому что ...».
2. У двух процессов одинаковое среднее, 110 Н·м, но стандартное отклонение одного 1 Н·м, другого 4 Н·м. Какой
   лучше и почему?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "I compute the deviation of five nuts dividing by $n - 1$, because ..."
2. Two processes have the same mean, 110 N·m, but a standard deviation of 1 N·m and of 4 N·m. Which is better, and
   why?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the control chart -----------------------------------------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Процесті статистикалық басқару, 2-сабақ. Бақылау картасы

Бүгін таңғы 10:00-де сомын бұрағыштың басы ауыстырылды. Бақылаушының тексерулері бәрібір 100 мен 120 Н·м
аралығында. Шебер: «Барлық сомын шақтамада, жұмысты жалғастырамыз», — дейді. Сапа инженері: «Процесс өзгерді,
желіні тоқтатып, себебін іздеу керек», — дейді. Кім дұрыс? Әр тоқтау ондаған автомобильдің уақыты, ал кеш
байқалған ақау — жүздеген автомобильді қайта тексеру. Бүгін **бақылау картасын** (control chart) құрып, оның
ережелерімен желіні *қашан* тоқтату керегін шешеміз.""",
            ru="""# Статистическое управление процессом, урок 2. Контрольная карта

Сегодня в 10:00 на гайковёрте сменили головку. Проверки контролёра по-прежнему между 100 и 120 Н·м. Мастер говорит:
«Все гайки в допуске, работаем дальше». Инженер по качеству говорит: «Процесс изменился, надо остановить линию и
искать причину». Кто прав? Каждая остановка — время десятков автомобилей, а поздно замеченный дефект — повторная
проверка сотен. Сегодня мы построим **контрольную карту** (control chart) и по её правилам решим, *когда*
останавливать линию.""",
            en="""# Statistical process control, lesson 2. The control chart

This morning at 10:00 the nutrunner's socket was changed. The technician's checks are still between 100 and
120 N·m. The foreman says: "Every nut is within the specification, we carry on." The quality engineer says: "The
process has changed, we must stop the line and look for the cause." Who is right? Every stop costs the time of
dozens of cars, and a defect noticed late means checking hundreds again. Today we build a **control chart** and
decide with its rules *when* to stop the line."""),
        a.text(
            kk="""## 1. X̄-R картасы

Тірек күннің $k = 20$ тексеруінің әрқайсысы — $n = 5$ сомыннан тұратын ішкі топ. Әр ішкі топтың ортасын
$\\bar x_i$ және құлашын $R_i$ табамыз. Орташалардың ортасы x̄̄ — картаның орта сызығы, құлаштардың
ортасы — $\\bar R$. Тұрақты процестің тексеру орташалары орта сызықтан $3\\sigma_{\\bar x}$-тан алысқа сирек
шығады, ал бес мәннің ортасы бір мәннен $\\sqrt{5}$ есе аз шашырайды: $\\sigma_{\\bar x} = \\sigma / \\sqrt n$. $\\sigma$-ны
құлаштардан бағалаймыз, $\\hat\\sigma = \\bar R / d_2$, сонда **бақылау шекаралары** (control limits)
x̄̄ ± A₂ R̄ болады, мұндағы $A_2 = 3 / (d_2 \\sqrt n)$.

Тұрақтылар Монтгомеридің «Сапаны статистикалық бақылауға кіріспе» кітабының VI қосымшасынан және ISO 7870-2
стандартынан алынған ($n = 5$ үшін): $A_2 = 0{,}577$, $D_3 = 0$, $D_4 = 2{,}114$, $d_2 = 2{,}326$. Құлаштар картасының
шекаралары — $D_3 \\bar R$ және $D_4 \\bar R$. Шекаралар тірек күннің, процесс тұрақты болған күннің деректерінен
бір рет есептеледі, содан кейін жаңа тексерулер соларға салыстырылады.""",
            ru="""## 1. X̄-R карта

Каждая из $k = 20$ проверок опорного дня — подгруппа из $n = 5$ гаек. Для каждой подгруппы находим среднее
$\\bar x_i$ и размах $R_i$. Среднее средних x̄̄ — центральная линия карты, среднее размахов — $\\bar R$.
Средние проверок стабильного процесса редко отходят от центральной линии дальше $3\\sigma_{\\bar x}$, а среднее
пяти значений разбросано в $\\sqrt{5}$ раз меньше одного значения: $\\sigma_{\\bar x} = \\sigma / \\sqrt n$. $\\sigma$ оцениваем по
размахам, $\\hat\\sigma = \\bar R / d_2$, и **контрольные границы** (control limits) равны x̄̄ ± A₂ R̄, где $A_2 = 3 / (d_2 \\sqrt n)$.

Константы взяты из приложения VI книги Монтгомери «Введение в статистический контроль качества» и из стандарта
ISO 7870-2 (для $n = 5$): $A_2 = 0{,}577$, $D_3 = 0$, $D_4 = 2{,}114$, $d_2 = 2{,}326$. Границы карты размахов —
$D_3 \\bar R$ и $D_4 \\bar R$. Границы вычисляют один раз по данным опорного дня, когда процесс был стабилен, и с
ними сравнивают новые проверки.""",
            en="""## 1. The X̄-R chart

Each of the reference day's $k = 20$ checks is a subgroup of $n = 5$ nuts. For each subgroup we find its mean
$\\bar x_i$ and its range $R_i$. The mean of the means, x̄̄, is the chart's centre line; the mean of the
ranges is $\\bar R$. The checks' means of a stable process seldom stray further than $3\\sigma_{\\bar x}$ from the
centre line, and the mean of five values spreads $\\sqrt{5}$ times less than one value: $\\sigma_{\\bar x} = \\sigma / \\sqrt n$. We estimate $\\sigma$
from the ranges, $\\hat\\sigma = \\bar R / d_2$, and the **control limits** are x̄̄ ± A₂ R̄,
where $A_2 = 3 / (d_2 \\sqrt n)$.

The constants come from Appendix VI of Montgomery's *Introduction to Statistical Quality Control* and from the
standard ISO 7870-2 (for $n = 5$): $A_2 = 0.577$, $D_3 = 0$, $D_4 = 2.114$, $d_2 = 2.326$. The range chart's limits
are $D_3 \\bar R$ and $D_4 \\bar R$. The limits are computed once from the reference day, when the process was
stable, and new checks are compared with them."""),
        a.formula(r"$$\bar{\bar x}=\frac{\bar x_1+\dots+\bar x_k}{k},\qquad \bar R=\frac{R_1+\dots+R_k}{k}$$"
                  "\n\n"
                  r"$$UCL=\bar{\bar x}+A_2\bar R,\qquad LCL=\bar{\bar x}-A_2\bar R$$"),
        a.example(
            kk="""### 2-мысал. Тірек күннің шекаралары

Тірек күннің 20 тексеруінде x̄̄ = 110,22 Н·м, $\\bar R = 4{,}15$ Н·м. Сонда
$UCL = 110{,}22 + 0{,}577 \\cdot 4{,}15$, яғни шамамен 112,62 Н·м, $LCL \\approx 107{,}83$ Н·м. Құлаштар картасының
жоғарғы шекарасы $2{,}114 \\cdot 4{,}15 \\approx 8{,}77$ Н·м, төменгісі 0. Назар аударыңыз: бақылау шекаралары
шақтама шектерінен (100 және 120 Н·м) әлдеқайда тар.""",
            ru="""### Пример 2. Границы опорного дня

По 20 проверкам опорного дня x̄̄ = 110,22 Н·м, $\\bar R = 4{,}15$ Н·м. Тогда
$UCL = 110{,}22 + 0{,}577 \\cdot 4{,}15$, то есть около 112,62 Н·м, $LCL \\approx 107{,}83$ Н·м. Верхняя граница карты
размахов $2{,}114 \\cdot 4{,}15 \\approx 8{,}77$ Н·м, нижняя 0. Заметьте: контрольные границы гораздо уже границ
допуска (100 и 120 Н·м).""",
            en="""### Example 2. The reference day's limits

Over the reference day's 20 checks x̄̄ = 110.22 N·m and $\\bar R = 4.15$ N·m. So
$UCL = 110.22 + 0.577 \\cdot 4.15$, about 112.62 N·m, and $LCL \\approx 107.83$ N·m. The range chart's upper limit is
$2.114 \\cdot 4.15 \\approx 8.77$ N·m, its lower one 0. Note: the control limits are much narrower than the
specification limits (100 and 120 N·m)."""),
        a.code(READ_FILE + """

means = [sum(c) / len(c) for c in checks]
ranges = [max(c) - min(c) for c in checks]
center = sum(means) / len(means)
r_bar = sum(ranges) / len(ranges)
print(round(center, 2), round(r_bar, 2))
print(round(center - 0.577 * r_bar, 2), round(center + 0.577 * r_bar, 2), round(2.114 * r_bar, 2))
print(spc.xbar_limits(checks), spc.r_limits(checks))""", role="example"),
        a.text(
            kk="""## 2. Процесс басқарылмайтын болғанда: ережелер

Кез келген процесс аздап ауытқиды: бұл — көптеген ұсақ себептердің әсері. Бірақ құралдың тозуы, жаңа партия
сомындар, баптаудың бұзылуы — **ерекше себеп** (special cause): ол процесті өзгертеді, оны тауып жою керек.
Бақылау картасы ерекше себепті мына ережелермен көрсетеді (Western Electric ережелері, Монтгомери кітабында
да бар):

1. бір нүкте бақылау шекарасынан тыс;
2. қатарынан үш нүктенің екеуі орта сызықтың бір жағында $2\\sigma_{\\bar x}$-тан алыс;
3. қатарынан бес нүктенің төртеуі бір жағында $1\\sigma_{\\bar x}$-тан алыс;
4. қатарынан сегіз нүкте орта сызықтың бір жағында.

Процесс тұрақты болса, 1-ереже кездейсоқ шамамен 370 нүктеде бір рет қана іске қосылады. Сигнал болса, процесс
**басқарылмайды**: желіні тоқтатып, себебін іздейміз, тапқан соң жойып, картаға жазамыз.""",
            ru="""## 2. Когда процесс неуправляем: правила

Любой процесс немного колеблется: это действие множества мелких причин. Но износ инструмента, новая партия
гаек, сбитая настройка — это **особая причина** (special cause): она меняет процесс, её надо найти и устранить.
Контрольная карта показывает особую причину по правилам (правила Western Electric, они есть и в книге
Монтгомери):

1. одна точка за контрольной границей;
2. две из трёх точек подряд по одну сторону от центральной линии дальше $2\\sigma_{\\bar x}$;
3. четыре из пяти точек подряд по одну сторону дальше $1\\sigma_{\\bar x}$;
4. восемь точек подряд по одну сторону от центральной линии.

Если процесс стабилен, правило 1 случайно срабатывает лишь примерно раз на 370 точек. Если есть сигнал, процесс
**неуправляем**: останавливаем линию и ищем причину, найдя — устраняем и записываем на карту.""",
            en="""## 2. When the process is out of control: the rules

Every process varies a little: that is the work of many small causes. But a worn tool, a new batch of nuts, a
setting knocked out of place is a **special cause**: it changes the process and must be found and removed. The
control chart shows a special cause by these rules (the Western Electric rules, in Montgomery's book too):

1. one point beyond a control limit;
2. two of three points in a row on one side of the centre line, further than $2\\sigma_{\\bar x}$;
3. four of five points in a row on one side, further than $1\\sigma_{\\bar x}$;
4. eight points in a row on one side of the centre line.

If the process is stable, rule 1 fires by chance only about once in 370 points. When there is a signal, the
process is **out of control**: we stop the line and look for the cause, and once found we remove it and note it on
the chart."""),
        a.misconception(
            kk="""### Дұрыс па?

Шебер Марат былай дейді: «Барлық сомын 100 мен 120 Н·м аралығында болса, процесс жақсы, картаның керегі жоқ».
Төмендегі ұяшық бүгінгі күнді 10:00-ден кейін моменті 3 Н·м-ге өскен процесс ретінде модельдейді. Шақтамадан тыс
сомындар саны мен картаның сигналдарын салыстырыңыз. Шақтама шектері сомын жарамды ма деген сұраққа жауап береді,
ал бақылау шекаралары — процесс өзгерді ме деген сұраққа. Карта өзгерісті сомындар шақтамадан шықпай тұрып-ақ
көрсетеді: дәл сол кезде оны түзету ең арзан.""",
            ru="""### Верно ли?

Мастер Марат говорит: «Если все гайки между 100 и 120 Н·м, процесс хорош, карта не нужна». Ячейка ниже моделирует
сегодняшний день, когда после 10:00 момент вырос на 3 Н·м. Сравните число гаек вне допуска и сигналы карты.
Границы допуска отвечают на вопрос, годна ли гайка, а контрольные границы — изменился ли процесс. Карта показывает
изменение ещё до того, как гайки выйдут из допуска: именно тогда исправить его дешевле всего.""",
            en="""### Is it true?

Marat, the foreman, says: "If every nut is between 100 and 120 N·m, the process is good and we need no chart." The
cell below models today with the torque 3 N·m higher after 10:00. Compare the number of nuts outside the
specification with the chart's signals. The specification limits answer whether a nut is good; the control
limits answer whether the process has changed. The chart shows the change before the nuts leave the
specification: exactly when it is cheapest to put right."""),
        a.code("""day = spc.lesson_data(shift=3)
lcl, cl, ucl = spc.xbar_limits(day[:20])
today = day[20:]
print(sum(1 for check in today for v in check if v < 100 or v > 120))
means_today = [sum(c) / len(c) for c in today]
print([round(m, 2) for m in means_today])
for i, rule_numbers in spc.signals(means_today, lcl, cl, ucl).items():
    print(spc.clock(i), rule_numbers)""", role="misconception"),
        a.text(
            kk="""## 3. Процесс шақтамаға сыя ма: Cp және Cpk

Процесс тұрақты болғанда, оның шашырауы шақтамаға қаншалықты сыятынын **процестің қабілеттілік индексі**
(process capability index) көрсетеді: $C_p = (USL - LSL) / 6\\hat\\sigma$ шақтаманың енін процестің $6\\sigma$
еніне бөледі, ал `Cpk = min(USL - x̄̄, x̄̄ - LSL) / 3σ̂` ортаның жақын
шекке дейінгі қашықтығын да ескереді. Тірек күнде $\\hat\\sigma = 4{,}15 / 2{,}326 \\approx 1{,}78$ Н·м,
$C_p \\approx 1{,}87$, $C_{pk} \\approx 1{,}83$. Автомобиль өнеркәсібі тұрақты процестен әдетте $C_{pk} \\ge 1{,}33$
талап етеді (AIAG нұсқаулығы).""",
            ru="""## 3. Помещается ли процесс в допуск: Cp и Cpk

Когда процесс стабилен, насколько его разброс помещается в допуск, показывает **индекс воспроизводимости
процесса** (process capability index): $C_p = (USL - LSL) / 6\\hat\\sigma$ делит ширину допуска на ширину $6\\sigma$
процесса, а `Cpk = min(USL - x̄̄, x̄̄ - LSL) / 3σ̂` учитывает ещё и расстояние
среднего до ближней границы. В опорный день $\\hat\\sigma = 4{,}15 / 2{,}326 \\approx 1{,}78$ Н·м, $C_p \\approx
1{,}87$, $C_{pk} \\approx 1{,}83$. Автомобильная промышленность обычно требует от стабильного процесса
$C_{pk} \\ge 1{,}33$ (руководство AIAG).""",
            en="""## 3. Does the process fit the specification: Cp and Cpk

When the process is stable, the **process capability index** shows how well its spread fits in the
specification: $C_p = (USL - LSL) / 6\\hat\\sigma$ divides the specification's width by the process's $6\\sigma$,
and `Cpk = min(USL - x̄̄, x̄̄ - LSL) / 3σ̂` also counts how far the mean is
from the nearer limit. On the reference day $\\hat\\sigma = 4.15 / 2.326 \\approx 1.78$ N·m, $C_p \\approx 1.87$
and $C_{pk} \\approx 1.83$. The car industry usually asks a stable process for $C_{pk} \\ge 1.33$ (the AIAG
manual)."""),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертханада «Бүгін 10:00-ден кейінгі ығысу» жүгірткісі бүгінгі тексерулердің орташасын жылжытады, ▶ батырмасы
тексерулерді басынан бастап бірінен соң бірін көрсетеді. Ығысу 1,5 Н·м болса, карта бүгінгі тексерулердің
қайсысында белгі береді, әлде мүлде бермей ме? Ығысу 3 Н·м болса ше? Шақтама шектерін 105 мен 115 Н·м-ге тарылтсақ, бақылау
шекаралары өзгере ме?""",
            ru="""### Сначала предскажите

В лаборатории ползунок «Сдвиг сегодня после 10:00» сдвигает среднее сегодняшних проверок, кнопка ▶ показывает
проверки одну за другой с самой первой. При сдвиге 1,5 Н·м на какой из сегодняшних проверок карта даст сигнал,
или не даст вовсе? А при сдвиге 3 Н·м? Если сузить границы допуска до 105 и 115 Н·м, изменятся ли контрольные границы?""",
            en="""### Predict first

In the lab the slider "Today's shift after 10:00" moves the mean of today's checks, and the ▶ button shows the
checks one after another from the first. With a shift of 1.5 N·m, at which of today's checks does the chart
signal, or does it not signal at all? And with 3 N·m? If the specification limits are narrowed to 105 and 115 N·m, do the control limits
change?"""),
        a.lab("""lab = spc.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. Ығысуды 1,5, сосын 3 Н·м-ге қойып, ▶ басыңыз. Қай ереже бірінші іске қосылды (қызыл шеңбердің үстіндегі
   нөмір)? Шешім жолында не жазылды?
2. Ығысуды −3 Н·м-ге қойыңыз. Карта төмен ығысуды да байқай ма?
3. Шақтама шектерін 105 мен 115 Н·м-ге тарылтыңыз. Cp мен Cpk қалай өзгерді? Бақылау шекаралары ше?
4. Шашырауды 3 Н·м-ге көбейтіңіз: бақылау шекаралары неге кеңейді?""",
            ru="""### Исследуйте

1. Поставьте сдвиг 1,5, затем 3 Н·м и нажмите ▶. Какое правило сработало первым (номер над красным кружком)?
   Что написано в строке решения?
2. Поставьте сдвиг −3 Н·м. Замечает ли карта сдвиг вниз?
3. Сузьте границы допуска до 105 и 115 Н·м. Как изменились Cp и Cpk? А контрольные границы?
4. Увеличьте разброс до 3 Н·м: почему контрольные границы расширились?""",
            en="""### Explore

1. Set the shift to 1.5, then 3 N·m and press ▶. Which rule fired first (the number above the red circle)? What
   does the decision line say?
2. Set the shift to −3 N·m. Does the chart notice a shift downwards too?
3. Narrow the specification limits to 105 and 115 N·m. How did Cp and Cpk change? And the control limits?
4. Raise the spread to 3 N·m: why did the control limits widen?"""),
        a.text(
            kk="""## 4. Қаншалықты жиі және қанша сомын тексеру керек

Орташа $1{,}5\\sigma$-ға ығысқанда, бес сомынның бір тексеруі шекарадан шамамен 0,638 ықтималдықпен шығады:
орта есеппен $1 / 0{,}638 \\approx 1{,}57$ тексеру керек, әр 30 минут сайын тексерсек — шамамен 47 минут. Бір
ғана сомын тексерсек, ықтималдық 0,067, яғни орта есеппен 15 тексеру, 7,5 сағат. Ал процесс тұрақты болғанда
1-ереже бойынша жалған дабыл орта есеппен 370 тексеруде бір рет болады. Тексеру жиі және ірі болса, ығысу тез ұсталады, бірақ
бақылаушының уақыты шектеулі. Зертханада осы жоспарды жобалаңыз.""",
            ru="""## 4. Как часто и сколько гаек проверять

Когда среднее сдвинулось на $1{,}5\\sigma$, одна проверка пяти гаек выходит за границу с вероятностью около 0,638:
в среднем нужно $1 / 0{,}638 \\approx 1{,}57$ проверки, при проверке каждые 30 минут — около 47 минут. Если проверять
одну гайку, вероятность 0,067, то есть в среднем 15 проверок, 7,5 часа. А у стабильного процесса ложная тревога
по правилу 1 бывает в среднем раз в 370 проверок. Чем чаще и крупнее проверки, тем быстрее пойман сдвиг, но время контролёра
ограничено. Спроектируйте этот план в лаборатории.""",
            en="""## 4. How often and how many nuts to check

When the mean has moved by $1.5\\sigma$, one check of five nuts falls outside a limit with a probability of about
0.638: on average it takes $1 / 0.638 \\approx 1.57$ checks, about 47 minutes with a check every 30 minutes.
Checking one nut, the probability is 0.067: on average 15 checks, 7.5 hours. And on a stable process rule 1 gives a false
alarm once in 370 checks on average. The more often and the larger the checks, the sooner a shift is caught, but
the technician's time is limited. Design this plan in the lab."""),
        a.predict(
            kk="""### Алдымен болжаңыз

Бақылаушы сағатына ең көбі 30 сомын тексере алады. Қайсысы жақсы: әр 5 минут сайын бір сомын ба, әлде әр 15
минут сайын бес сомын ба? Зертханада тексермес бұрын жауап беріңіз.""",
            ru="""### Сначала предскажите

Контролёр может проверить не больше 30 гаек в час. Что лучше: одна гайка каждые 5 минут или пять гаек каждые
15 минут? Ответьте, прежде чем проверять в лаборатории.""",
            en="""### Predict first

The technician can check at most 30 nuts an hour. Which is better: one nut every 5 minutes, or five nuts every 15
minutes? Answer before you check in the lab."""),
        a.design_lab("""design_lab = spc.make_lab("checks")
design_lab"""),
        a.text(
            kk="""Тапсырма: ығысуды орта есеппен 60 минутта ұстайтын, жалған дабылдар арасы кемінде 40 сағат болатын және
сағатына 30 сомыннан аспайтын жоспар табыңыз. **Жобаны тексеру** батырмасын басыңыз. Бір емес, бірнеше жоспар
табуға тырысыңыз: қайсысы бақылаушыға ең жеңіл?""",
            ru="""Задание: найдите план, который ловит сдвиг в среднем за 60 минут, даёт ложную тревогу не чаще раза в 40 часов
и требует не больше 30 гаек в час. Нажмите **Проверить проект**. Попробуйте найти не один, а несколько планов:
какой легче всего для контролёра?""",
            en="""The task: find a plan that catches the shift within 60 minutes on average, gives a false alarm at most once in 40
hours and needs at most 30 nuts an hour. Press **Check the design**. Try to find several plans, not one: which is
the lightest for the technician?"""),
        a.summary(
            kk="""## Қорытынды

* **Бақылау картасы** әр ішкі топтың ортасын уақыт бойынша көрсетеді; оның орта сызығы x̄̄.
* **Бақылау шекаралары** x̄̄ ± A₂ R̄ процестің өз деректерінен есептеледі (тұрақтылар:
  Монтгомери, ISO 7870-2); **шақтама шектері** сызбадан алынады. Біріншілері процесс өзгерді ме деп, екіншілері
  сомын жарамды ма деп сұрайды.
* Ережелердің сигналы (шекарадан тыс нүкте, бір жақтағы сегіз нүкте, ...) **ерекше себепті** көрсетеді: желіні
  тоқтатып, себебін іздейміз.
* **Процестің қабілеттілік индексі** $C_p$ және $C_{pk}$ шашыраудың шақтамаға қалай сыятынын көрсетеді; әдетте
  $C_{pk} \\ge 1{,}33$ талап етіледі.""",
            ru="""## Итоги

* **Контрольная карта** показывает среднее каждой подгруппы во времени; её центральная линия — x̄̄.
* **Контрольные границы** x̄̄ ± A₂ R̄ вычисляются по данным самого процесса (константы:
  Монтгомери, ISO 7870-2); **границы допуска** берутся с чертежа. Первые спрашивают, изменился ли процесс, вторые —
  годна ли гайка.
* Сигнал правил (точка за границей, восемь точек по одну сторону, ...) говорит, что появилась **особая причина**:
  останавливаем линию и ищем её.
* **Индекс воспроизводимости процесса** $C_p$ и $C_{pk}$ показывает, как разброс помещается в допуск; обычно
  требуют $C_{pk} \\ge 1{,}33$.""",
            en="""## Summary

* A **control chart** shows each subgroup's mean over time; its centre line is x̄̄.
* The **control limits** x̄̄ ± A₂ R̄ are computed from the process's own data (the constants:
  Montgomery, ISO 7870-2); the **specification limits** come from the drawing. The first ask whether the process
  has changed, the second whether a nut is good.
* A rule's signal (a point beyond a limit, eight points on one side, ...) points to a **special cause**: we stop
  the line and look for it.
* The **process capability index** $C_p$ and $C_{pk}$ shows how the spread fits in the specification; usually
  $C_{pk} \\ge 1.33$ is required."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Барлық сомын шақтамада болса да, желіні тоқтату керек болуы мүмкін, себебі ...».
2. Неге бақылау шекараларын бүгінгі емес, тірек күннің деректерінен есептейміз?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Даже если все гайки в допуске, линию может понадобиться остановить, потому что ...».
2. Почему контрольные границы считают по опорному дню, а не по сегодняшним данным?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "Even if every nut is within the specification, the line may have to stop, because ..."
2. Why do we compute the control limits from the reference day and not from today's data?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- the graded assignment ------------------------------------------------------------------------------------------

ASSIGNMENT_SETUP = '''import math
import statistics
import sympy as sp
from curriculum.units import ureg
from curriculum.check import (advise, check_design, check_function, compare, leaves_arguments_unchanged, require,
                              rules, self_check)
from curriculum.i18n import pick
from curriculum.labs import spc

# [kk] X̄-R картасының тұрақтылары (Монтгомери, VI қосымша; ISO 7870-2), ішкі топтың өлшемі бойынша
# [ru] константы X̄-R карты (Монтгомери, приложение VI; ISO 7870-2) по размеру подгруппы
# [en] the X̄-R chart's constants (Montgomery, Appendix VI; ISO 7870-2) by subgroup size
A2 = {2: 1.880, 3: 1.023, 4: 0.729, 5: 0.577, 6: 0.483, 7: 0.419, 8: 0.373, 9: 0.337, 10: 0.308}
D2 = {2: 1.128, 3: 1.693, 4: 2.059, 5: 2.326, 6: 2.534, 7: 2.704, 8: 2.847, 9: 2.970, 10: 3.078}

# [kk] артқы дөңгелектердің тексерулері: тірек күн (20) және бүгін (12), әрқайсысы 5 сомын, Н·м
# [ru] проверки задних колёс: опорный день (20) и сегодня (12), по 5 гаек, Н·м
# [en] the rear wheels' checks: the reference day (20) and today (12), 5 nuts each, N·m
BASE, TODAY = spc.assignment_data()
LSL, USL = 100, 120

# [kk] картаның шамалары: μ орта, σ бір сомынның ауытқуы, n ішкі топтың өлшемі; оларға сан бермеңіз
# [ru] величины карты: μ среднее, σ отклонение одной гайки, n размер подгруппы; не присваивайте им чисел
# [en] the chart's quantities: μ the mean, σ one nut's deviation, n the subgroup size; do not give them numbers
mu, sigma, n = sp.symbols("mu sigma n", positive=True)'''

LAB = "from curriculum.labs import spc as _lab"


def _mistakes() -> dict[str, list[tuple[object, str, dict[str, str]]]]:
    """The known mistakes of each item: (the wrong value, the rule's code, its message)."""
    mu, sigma, n = sp.symbols("mu sigma n", positive=True)
    base, _today = _assignment()
    from curriculum.labs import spc

    lcl, cl, ucl = spc.xbar_limits(base)
    s_all = spc.sample_std([v for row in base for v in row])
    s_hat = spc.sigma_within(base)
    return {
        "ucl-formula": [
            _known(mu + 3 * sigma, code="one-nut", message=_msg(
                "Бұл — бір сомынның шекарасы; бес сомынның ортасы √n есе аз шашырайды.",
                "Это граница для одной гайки; среднее пяти гаек разбросано в √n раз меньше.",
                "That is the limit of one nut; the mean of n nuts spreads √n times less.")),
            _known(mu + 3 * sigma / n, code="divided-by-n", message=_msg(
                "Орташаның ауытқуы σ/n емес, σ/√n.", "Отклонение среднего не σ/n, а σ/√n.",
                "The mean's deviation is σ/√n, not σ/n.")),
            _known(mu + sigma / sp.sqrt(n), code="one-sigma", message=_msg(
                "Шекара ортадан үш ауытқу қашықтықта тұр.", "Граница отстоит от среднего на три отклонения.",
                "The limit is three deviations from the mean."))],
        "ucl": [
            _known(ureg.Quantity(spc.r_limits(base)[2], "N*m"), code="range-chart", message=_msg(
                "Бұл — құлаштар картасының шекарасы (D₄R̄); X̄ картасына x̄̄ + A₂R̄ керек.",
                "Это граница карты размахов (D₄R̄); для X̄ карты нужно x̄̄ + A₂R̄.",
                "That is the range chart's limit (D₄R̄); the X̄ chart needs x̄̄ + A₂R̄.")),
            _known(ureg.Quantity(cl + 3 * s_all, "N*m"), code="nut-limit", message=_msg(
                "Бұл — жеке сомындардың шекарасы (x̄̄ + 3s); тексерулердің орташалары аз шашырайды.",
                "Это граница для отдельных гаек (x̄̄ + 3s); средние проверок разбросаны меньше.",
                "That is a limit for single nuts (x̄̄ + 3s); the checks' means spread less."))],
        "cpk": [
            _known(spc.cp(s_hat), code="cp", message=_msg(
                "Бұл — Cp: ол орта шақтаманың ортасында деп есептейді. Cpk ортадан жақын шекке дейінгі қашықтықты алады.",
                "Это Cp: он считает, что среднее в середине допуска. Cpk берёт расстояние от среднего до ближней границы.",
                "That is Cp, which assumes the mean in the middle of the specification. Cpk takes the distance from the mean to the nearer limit.")),
            _known(max(spc.USL - cl, cl - spc.LSL) / (3 * s_hat), code="farther-limit", message=_msg(
                "Cpk ортадан жақын шекке дейінгі қашықтықты алады (min), алыс шекке дейінгіні емес.",
                "Cpk берёт расстояние от среднего до ближней границы (min), а не до дальней.",
                "Cpk takes the distance from the mean to the nearer limit (min), not to the farther one.")),
            _known(spc.cpk(cl, s_hat) / 2, code="six-sigma", message=_msg(
                "Cpk бір жақтағы қашықтықты 6σ-ға емес, 3σ-ға бөледі.",
                "Cpk делит расстояние до одной границы не на 6σ, а на 3σ.",
                "Cpk divides the distance to one limit by 3σ, not 6σ.")),
            _known(spc.cpk(cl, s_hat * spc.D2[5] / spc.A2[5]), code="a2-for-d2", message=_msg(
                "σ̂ = R̄ / d₂; A₂ тұрақтысы шекаралар үшін.", "σ̂ = R̄ / d₂; константа A₂ — для границ.",
                "σ̂ = R̄ / d₂; the constant A₂ is for the limits.")),
            _known(spc.cpk(cl, s_all), code="overall-deviation", message=_msg(
                "Тапсырма σ-ны құлаштардан, R̄ / d₂ деп бағалауды сұрайды, барлық мәндердің ауытқуынан емес.",
                "Задача просит оценить σ по размахам, как R̄ / d₂, а не по отклонению всех значений.",
                "The task asks for σ estimated from the ranges, R̄ / d₂, not from the deviation of all the values."))],
    }


def _known(value: object, *, code: str, message: dict[str, str]) -> tuple[object, str, dict[str, str]]:
    return value, code, message


def _rules() -> dict[str, list[object]]:
    return {item: [rules.wrong_answer(v, code=c, message=m) for v, c, m in known]
            for item, known in _mistakes().items()}


def _assignment() -> tuple[list[list[float]], list[list[float]]]:
    from curriculum.labs import spc

    return spc.assignment_data()


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    from curriculum.labs import spc

    mu, sigma, n = sp.symbols("mu sigma n", positive=True)
    base, _ = _assignment()
    lcl, cl, ucl = spc.xbar_limits(base)
    known = _rules()
    return {
        "ucl-formula": fingerprint(mu + 3 * sigma / sp.sqrt(n), mistakes=known["ucl-formula"],
                                   salt=salt("ucl-formula")),
        "ucl": fingerprint(ureg.Quantity(ucl, "N*m"), rtol=0.001, mistakes=known["ucl"], salt=salt("ucl")),
        "cpk": fingerprint(spc.cpk(cl, spc.sigma_within(base)), rtol=0.01, mistakes=known["cpk"], salt=salt("cpk")),
    }


def _rule_code(known: list[tuple[object, str, dict[str, str]]]) -> str:
    lines = []
    for value, code, message in known:
        lines.append(f"    rules.wrong_answer({_value_code(value)}, code={code!r}, message={message!r}),")
    return "\n".join(lines)


def _value_code(value: object) -> str:
    if hasattr(value, "magnitude"):
        return f"{float(value.magnitude)!r} * ureg.newton * ureg.meter"
    if isinstance(value, sp.Basic):
        return f"sp.sympify({str(value)!r}, locals={{'mu': mu, 'sigma': sigma, 'n': n}})"
    return repr(float(value))


def _number_check(name: str) -> str:
    words = _msg(f"{name} сан болуы керек (мысалы, 1.5).", f"{name} должно быть числом (например, 1.5).",
                 f"{name} should be a number (for example 1.5).")
    return f"assert isinstance(float({name}), float), pick({words!r})"


def assignment(meta: object) -> object:
    from curriculum.labs import spc

    token = _tokens()
    known = _mistakes()
    base, _today = _assignment()
    lcl, cl, ucl = spc.xbar_limits(base)
    cpk = spc.cpk(cl, spc.sigma_within(base))
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Артқы дөңгелектердің бақылау картасы

Артқы дөңгелектер бекетінде де сомындар 110 Н·м моментпен тартылады, шақтама — 100-ден 120 Н·м-ге дейін. Бірінші
код ұяшығындағы `BASE` — тірек күннің 20 тексеруі, `TODAY` — бүгінгі 12 тексеру (08:00-ден бастап әр 30 минут
сайын, әрқайсысы 5 сомын, Н·м; сандар ойдан алынған). Бүгін 10:00-де сомын бұрағыштың басы ауыстырылды. Бұл
тапсырмада сіз ауытқуды, бақылау шекараларын және картаның ережелерін есептейтін функциялар жазасыз, процестің
қабілеттілігін бағалайсыз, тексеру жоспарын жобалайсыз және желіні тоқтату керек пе екенін шешесіз. Уақыты — 45
минут.

**Жауапты қалай жазу керек.** Функцияларды тапсырмада көрсетілген атпен және аргументтермен жазыңыз; олар берілген
тізімдерді өзгертпеуі керек. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді, ал
бағаны жасырын тесттер көп деректе қояды және функция қателесетін ең кіші мысалды көрсетеді. Шаманы өлшем
бірлігімен `ureg` арқылы жазыңыз: `5 * ureg.newton * ureg.meter`.""",
            ru="""# Контрольная карта задних колёс

На посту задних колёс гайки тоже затягивают моментом 110 Н·м, допуск — от 100 до 120 Н·м. `BASE` в первой ячейке
кода — 20 проверок опорного дня, `TODAY` — 12 сегодняшних проверок (с 08:00 каждые 30 минут, по 5 гаек, Н·м; числа
вымышлены). Сегодня в 10:00 на гайковёрте сменили головку. В этом задании вы напишете функции, которые вычисляют
отклонение, контрольные границы и правила карты, оцените воспроизводимость процесса, спроектируете план проверок и
решите, нужно ли останавливать линию. Время — 45 минут.

**Как записывать ответы.** Пишите функции с именами и аргументами, указанными в задаче; они не должны менять
переданные списки. Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа, а оценку ставят
скрытые тесты на многих данных и показывают самый маленький пример, на котором функция ошибается. Величину с
единицей измерения пишите через `ureg`: `5 * ureg.newton * ureg.meter`.""",
            en="""# The rear wheels' control chart

At the rear wheel station the nuts are tightened to 110 N·m too; the specification is 100 to 120 N·m. `BASE` in
the first code cell holds the reference day's 20 checks, `TODAY` today's 12 (from 08:00 every 30 minutes, 5 nuts
each, N·m; the numbers are fictional). Today at 10:00 the nutrunner's socket was changed. In this assignment you
write functions that compute the deviation, the control limits and the chart's rules, judge the process's
capability, design the plan of checks and decide whether to stop the line. Time: 45 minutes.

**How to write answers.** Write the functions with the names and arguments the task gives; they must not change the
lists they are given. Run the test cell under each task: it checks the form of your answer; the grade comes from
hidden tests on many data, which show the smallest example on which your function goes wrong. Write a quantity
with its unit through `ureg`: `5 * ureg.newton * ureg.meter`."""),

        a.text(kk="## А бөлім. Шашырау және шекаралар", ru="## Часть А. Разброс и границы",
               en="## Part A. Spread and limits"),
        a.task(1, 1, "A",
               kk="""`sample_std(values)` функциясын жазыңыз: ол өлшемдер тізімінің **іріктеме бойынша** стандартты ауытқуын
қайтарсын ($n - 1$-ге бөлу, `statistics.stdev` сияқты; бас жиынтық бойынша ауытқу қабылданбайды). Тізімде кемінде
екі сан болады. Мысалы, `sample_std([1, 2, 3])` нәтижесі `1.0`. Жауап $10^{-6}$ салыстырмалы дәлдікпен
тексеріледі.""",
               ru="""Напишите функцию `sample_std(values)`: она возвращает **выборочное** стандартное отклонение списка измерений
(деление на $n - 1$, как `statistics.stdev`; генеральное отклонение не принимается). В списке не меньше двух чисел.
Например, `sample_std([1, 2, 3])` даёт `1.0`. Ответ проверяется с относительной точностью $10^{-6}$.""",
               en="""Write the function `sample_std(values)`: it returns the **sample** standard deviation of a list of measurements
(dividing by $n - 1$, as `statistics.stdev` does; the population deviation is not accepted). The list holds at
least two numbers. For example, `sample_std([1, 2, 3])` gives `1.0`. The answer is checked to a relative
$10^{-6}$."""),
        a.answer("sample-std", """def sample_std(values):
    m = sum(values) / len(values)
    squares = sum((x - m) ** 2 for x in values)
    return math.sqrt(squares / (len(values) - 1))""", hint={
            "kk": "def sample_std(values): ... n - 1-ге бөліп, түбірін қайтарыңыз",
            "ru": "def sample_std(values): ... разделите на n - 1 и верните корень",
            "en": "def sample_std(values): ... divide by n - 1 and return the square root"}),
        a.tests("sample-std-test", 1, public=f"""assert callable(sample_std), pick({_msg("sample_std — функция болуы керек (def sample_std(values): ...).", "sample_std должна быть функцией (def sample_std(values): ...).", "sample_std should be a function (def sample_std(values): ...).")!r})
advise(check_function(sample_std, lambda values: 1.0, inputs=[([1, 2, 3],)], rtol=1e-6))""",
                hidden=LAB + """
require(check_function(sample_std, _lab.sample_std,
                       inputs=[([1, 2, 3],), (BASE[0],), (TODAY[5],), ([110.0, 110.0],), ([109.5, 110.5],),
                               ([100.0, 120.0, 110.0, 115.5, 104.2, 111.1, 108.8],), ([110.0] * 5,)],
                       strategy=_lab.value_lists(), rtol=1e-6, atol=1e-9, max_examples=150))
require(compare(leaves_arguments_unchanged(sample_std, [112.0, 108.0, 110.0]), True, rules=[
    rules.wrong_answer(False, code="changes-the-list", message={
        "kk": "sample_std берілген тізімді өзгертеді (мысалы, сұрыптайды): көшірмесімен жұмыс істеңіз.",
        "ru": "sample_std меняет переданный список (например, сортирует): работайте с копией.",
        "en": "sample_std changes the list it is given (sorts it, say): work on a copy."})]))"""),

        a.task(2, 1, "A",
               kk="""Бір сомынның моменті $\\mu$ ортамен және $\\sigma$ стандартты ауытқумен шашырайды. Әрқайсысы $n$ сомыннан тұратын
тексерулердің орташалар картасының жоғарғы бақылау шекарасы (орташадан үш ауытқу жоғары) қандай? Жауапты `mu`,
`sigma` және `n` арқылы sympy өрнегі ретінде жазыңыз: `ucl_formula = ...`, мысалы, `ucl_formula = mu + 2*sigma*n`
түрінде (бұл жауап емес).""",
               ru="""Момент одной гайки разбросан со средним $\\mu$ и стандартным отклонением $\\sigma$. Какова верхняя контрольная
граница карты средних проверок по $n$ гаек (на три отклонения среднего выше)? Запишите ответ выражением sympy через
`mu`, `sigma` и `n`: `ucl_formula = ...`, в виде, например, `ucl_formula = mu + 2*sigma*n` (это не ответ).""",
               en="""One nut's torque spreads with mean $\\mu$ and standard deviation $\\sigma$. What is the upper control limit of
the chart of the means of checks of $n$ nuts each (three deviations of the mean above it)? Write the answer as a
sympy expression in `mu`, `sigma` and `n`: `ucl_formula = ...`, in a form such as `ucl_formula = mu + 2*sigma*n`
(not the answer)."""),
        a.answer("ucl-formula", "ucl_formula = mu + 3 * sigma / sp.sqrt(n)", hint={
            "kk": "ucl_formula = ...   (mu, sigma, n арқылы sympy өрнегі)",
            "ru": "ucl_formula = ...   (выражение sympy через mu, sigma, n)",
            "en": "ucl_formula = ...   (a sympy expression in mu, sigma, n)"}),
        a.tests("ucl-formula-test", 1, public=f"""assert isinstance(ucl_formula, sp.Expr), pick({_msg("ucl_formula — mu, sigma, n әріптерінен құрылған sympy өрнегі болуы керек.", "ucl_formula должна быть выражением sympy из букв mu, sigma, n.", "ucl_formula should be a sympy expression in the letters mu, sigma, n.")!r})
assert {{s.name for s in ucl_formula.free_symbols}} <= {{"mu", "sigma", "n"}}, pick({_msg("ucl_formula өрнегінде тек mu, sigma, n әріптері болуы керек.", "В выражении ucl_formula могут быть только буквы mu, sigma, n.", "ucl_formula may hold only the letters mu, sigma, n.")!r})
advise(self_check(ucl_formula, "{token['ucl-formula']}"))""",
                hidden=f"""require(compare(ucl_formula, mu + 3 * sigma / sp.sqrt(n), rules=[
{_rule_code(known["ucl-formula"])}
]))"""),

        a.task(3, 2, "B",
               kk="""`xbar_limits(subgroups)` функциясын жазыңыз: `subgroups` — өлшемі бірдей ішкі топтар тізімі (өлшемі $n$ 2-ден
10-ға дейін). Функция X̄ картасының `(lcl, cl, ucl)` кортежін қайтарсын: `cl` — ішкі топтар орташаларының ортасы,
`lcl` және `ucl` — `cl - A2[n] * r_bar` және `cl + A2[n] * r_bar`, мұндағы `r_bar` — ішкі топтар құлаштарының
ортасы, `A2` — бірінші ұяшықтағы кесте. Мысалы, `xbar_limits([[1, 3], [2, 6]])` нәтижесі `(-2.64, 3.0, 8.64)`.
Тізімді өзгертпеңіз (мысалы, сұрыптамаңыз).""",
               ru="""Напишите функцию `xbar_limits(subgroups)`: `subgroups` — список подгрупп одного размера ($n$ от 2 до 10). Функция
возвращает кортеж `(lcl, cl, ucl)` X̄ карты: `cl` — среднее средних подгрупп, `lcl` и `ucl` — `cl - A2[n] * r_bar`
и `cl + A2[n] * r_bar`, где `r_bar` — среднее размахов подгрупп, `A2` — таблица из первой ячейки. Например,
`xbar_limits([[1, 3], [2, 6]])` даёт `(-2.64, 3.0, 8.64)`. Не меняйте список (например, не сортируйте).""",
               en="""Write the function `xbar_limits(subgroups)`: `subgroups` is a list of subgroups of one size ($n$ from 2 to
10). The function returns the X̄ chart's tuple `(lcl, cl, ucl)`: `cl` is the mean of the subgroups' means, `lcl`
and `ucl` are `cl - A2[n] * r_bar` and `cl + A2[n] * r_bar`, where `r_bar` is the mean of the subgroups' ranges
and `A2` the table of the first cell. For example, `xbar_limits([[1, 3], [2, 6]])` gives `(-2.64, 3.0, 8.64)`. Do
not change the list (do not sort it, say)."""),
        a.answer("xbar-limits", """def xbar_limits(subgroups):
    n = len(subgroups[0])
    means = [sum(g) / n for g in subgroups]
    ranges = [max(g) - min(g) for g in subgroups]
    cl = sum(means) / len(means)
    r_bar = sum(ranges) / len(ranges)
    return cl - A2[n] * r_bar, cl, cl + A2[n] * r_bar""", hint={
            "kk": "def xbar_limits(subgroups): ... (lcl, cl, ucl) кортежін қайтарыңыз",
            "ru": "def xbar_limits(subgroups): ... верните кортеж (lcl, cl, ucl)",
            "en": "def xbar_limits(subgroups): ... return the tuple (lcl, cl, ucl)"}),
        a.tests("xbar-limits-test", 2, public=f"""assert callable(xbar_limits), pick({_msg("xbar_limits — функция болуы керек (def xbar_limits(subgroups): ...).", "xbar_limits должна быть функцией (def xbar_limits(subgroups): ...).", "xbar_limits should be a function (def xbar_limits(subgroups): ...).")!r})
advise(check_function(xbar_limits, lambda subgroups: (-2.64, 3.0, 8.64), inputs=[([[1, 3], [2, 6]],)], rtol=1e-6, atol=1e-9))""",
                hidden=LAB + """
require(check_function(xbar_limits, _lab.xbar_limits,
                       inputs=[(BASE,), (TODAY,), ([[1, 3], [2, 6]],), ([[110.0, 110.0, 110.0]],),
                               ([[108.0, 112.0, 110.0, 111.0], [109.0, 109.5, 113.0, 110.0]],),
                               ([[100.0 + i + j for j in range(10)] for i in range(4)],),
                               ([[112.5, 107.5], [105.0, 115.0], [110.0, 110.0]],)],
                       strategy=_lab.subgroup_sets(), rtol=1e-9, atol=1e-9, max_examples=150))
require(compare(leaves_arguments_unchanged(xbar_limits, [[112.0, 108.0, 110.0], [109.0, 111.5, 107.0]]), True, rules=[
    rules.wrong_answer(False, code="changes-the-list", message={
        "kk": "xbar_limits берілген тізімді өзгертеді (мысалы, ішкі топтарды сұрыптайды): олардың көшірмесімен жұмыс істеңіз.",
        "ru": "xbar_limits меняет переданный список (например, сортирует подгруппы): работайте с копией.",
        "en": "xbar_limits changes the list it is given (sorts the subgroups, say): work on a copy."})]))"""),

        a.task(4, 1, "A",
               kk="""Тірек күннің деректерінен (`BASE`) X̄ картасының жоғарғы бақылау шекарасын есептеңіз (өз
`xbar_limits` функцияңызды қолдануға болады). Жауапты pint шамасы ретінде беріңіз: `ucl = ... * ureg.newton *
ureg.meter`, мысалы, `ucl = 5 * ureg.newton * ureg.meter` түрінде (бұл жауап емес). Жауап 0,1 % дәлдікпен
қабылданады.""",
               ru="""Вычислите по данным опорного дня (`BASE`) верхнюю контрольную границу X̄ карты (можно использовать свою функцию
`xbar_limits`). Дайте ответ величиной pint: `ucl = ... * ureg.newton * ureg.meter`, в виде, например,
`ucl = 5 * ureg.newton * ureg.meter` (это не ответ). Ответ принимается с точностью 0,1 %.""",
               en="""Compute the upper control limit of the X̄ chart from the reference day's data (`BASE`) (you may use your own
`xbar_limits`). Give the answer as a pint quantity: `ucl = ... * ureg.newton * ureg.meter`, in a form such as
`ucl = 5 * ureg.newton * ureg.meter` (not the answer). An answer within 0.1 % is accepted."""),
        a.answer("ucl", "ucl = xbar_limits(BASE)[2] * ureg.newton * ureg.meter", hint={
            "kk": "`ucl = ... * ureg.newton * ureg.meter`   (жоғарғы бақылау шекарасы)",
            "ru": "`ucl = ... * ureg.newton * ureg.meter`   (верхняя контрольная граница)",
            "en": "`ucl = ... * ureg.newton * ureg.meter`   (the upper control limit)"}),
        a.tests("ucl-test", 1, public=f"""require(compare(ucl, "N*m", mode="dimension"))
advise(self_check(ucl, "{token['ucl']}"))""",
                hidden=f"""require(compare(ucl, "{ucl!r} N*m", mode="units", rtol=0.001, rules=[
{_rule_code(known["ucl"])}
]))"""),

        a.text(kk="## Ә бөлім. Ережелер және қабілеттілік", ru="## Часть Б. Правила и воспроизводимость",
               en="## Part B. Rules and capability"),
        a.task(5, 2, "B",
               kk="""`out_of_control(means, lcl, cl, ucl)` функциясын жазыңыз: `means` — тексерулер орташаларының тізімі. Функция
мына ережелер белгілеген нүктелердің индекстерін (0-ден бастап) өсу ретімен, әрқайсысын бір рет қайтарсын:

* 1-ереже: нүкте шекарадан тыс, `m > ucl` немесе `m < lcl` (шекараның дәл үстіндегі нүкте тыс емес);
* 4-ереже: орта сызықтың бір жағындағы (`m > cl` немесе `m < cl`) қатарынан келген нүктелер тізбегінің сегізінші
  және одан кейінгі әр нүктесі; `cl`-дің дәл үстіндегі нүкте тізбекті үзеді.

Мысалы, `out_of_control([5, 1, 12, 6, 6, 6, 6, 6, 6, 6, 6], 0, 5, 10)` нәтижесі `[2, 9, 10]`. Нүкте болмаса, `[]`.""",
               ru="""Напишите функцию `out_of_control(means, lcl, cl, ucl)`: `means` — список средних проверок. Функция возвращает
индексы (с 0) точек, отмеченных правилами, по возрастанию и каждый по одному разу:

* правило 1: точка за границей, `m > ucl` или `m < lcl` (точка ровно на границе — не за ней);
* правило 4: восьмая и каждая следующая точка серии точек подряд по одну сторону от центральной линии (`m > cl`
  или `m < cl`); точка ровно на `cl` прерывает серию.

Например, `out_of_control([5, 1, 12, 6, 6, 6, 6, 6, 6, 6, 6], 0, 5, 10)` даёт `[2, 9, 10]`. Если таких точек нет —
`[]`.""",
               en="""Write the function `out_of_control(means, lcl, cl, ucl)`: `means` is a list of the checks' means. The function
returns the indices (from 0) of the points these rules flag, in increasing order, each once:

* rule 1: a point beyond a limit, `m > ucl` or `m < lcl` (a point exactly on a limit is not beyond it);
* rule 4: the eighth and every further point of a run of points in a row on one side of the centre line (`m > cl`
  or `m < cl`); a point exactly on `cl` ends a run.

For example, `out_of_control([5, 1, 12, 6, 6, 6, 6, 6, 6, 6, 6], 0, 5, 10)` gives `[2, 9, 10]`. With no such
point, `[]`."""),
        a.answer("out-of-control", """def out_of_control(means, lcl, cl, ucl):
    flagged = []
    run = 0
    side = 0
    for i, m in enumerate(means):
        s = 1 if m > cl else -1 if m < cl else 0
        if s != 0 and s == side:
            run = run + 1
        else:
            run = 1 if s != 0 else 0
        side = s
        if m > ucl or m < lcl or run >= 8:
            flagged.append(i)
    return flagged""", hint={
            "kk": "def out_of_control(means, lcl, cl, ucl): ... белгіленген индекстер тізімін қайтарыңыз",
            "ru": "def out_of_control(means, lcl, cl, ucl): ... верните список отмеченных индексов",
            "en": "def out_of_control(means, lcl, cl, ucl): ... return the list of flagged indices"}),
        a.tests("out-of-control-test", 2, public=f"""assert callable(out_of_control), pick({_msg("out_of_control — функция болуы керек (def out_of_control(means, lcl, cl, ucl): ...).", "out_of_control должна быть функцией (def out_of_control(means, lcl, cl, ucl): ...).", "out_of_control should be a function (def out_of_control(means, lcl, cl, ucl): ...).")!r})
advise(check_function(out_of_control, lambda means, lcl, cl, ucl: [2, 9, 10], inputs=[([5, 1, 12, 6, 6, 6, 6, 6, 6, 6, 6], 0, 5, 10)]))""",
                hidden=LAB + """
MEANS = [sum(c) / len(c) for c in BASE + TODAY]
require(check_function(out_of_control, _lab.out_of_control,
                       inputs=[(MEANS, *_lab.xbar_limits(BASE)), ([5, 1, 12, 6, 6, 6, 6, 6, 6, 6, 6], 0, 5, 10),
                               ([], 0, 5, 10), ([6] * 7, 0, 5, 10), ([6] * 8, 0, 5, 10), ([4] * 9, 0, 5, 10),
                               ([6, 6, 6, 6, 5, 6, 6, 6, 6, 6, 6, 6, 6], 0, 5, 10), ([6, 4] * 6, 0, 5, 10),
                               ([10, 0, 11, -1], 0, 5, 10), ([6] * 4 + [4] * 4 + [6] * 8, 0, 5, 10)],
                       strategy=_lab.chart_cases(), max_examples=200))"""),

        a.task(6, 1, "B",
               kk="""Тірек күннің деректерінен процестің $C_{pk}$ индексін есептеңіз: $\\sigma$-ны $\\hat\\sigma = \\bar R / d_2$ деп
бағалаңыз (`D2[5]`, бірінші ұяшықтағы кесте), орта — $\\bar{\\bar x}$, шақтама — `LSL` және `USL`. Жауап — сан:
`cpk = ...`, мысалы, `cpk = 0.8` түрінде (бұл жауап емес). Жауап 1 % дәлдікпен қабылданады.""",
               ru="""Вычислите по данным опорного дня индекс процесса $C_{pk}$: оцените $\\sigma$ как $\\hat\\sigma = \\bar R / d_2$
(`D2[5]`, таблица из первой ячейки), среднее — $\\bar{\\bar x}$, допуск — `LSL` и `USL`. Ответ — число:
`cpk = ...`, в виде, например, `cpk = 0.8` (это не ответ). Ответ принимается с точностью 1 %.""",
               en="""Compute the process's index $C_{pk}$ from the reference day's data: estimate $\\sigma$ as
$\\hat\\sigma = \\bar R / d_2$ (`D2[5]`, the table of the first cell), the mean is $\\bar{\\bar x}$, the
specification `LSL` and `USL`. The answer is a number: `cpk = ...`, in a form such as `cpk = 0.8` (not the answer).
An answer within 1 % is accepted."""),
        a.answer("cpk", """r_bar = sum(max(c) - min(c) for c in BASE) / len(BASE)
sigma_hat = r_bar / D2[5]
center = sum(sum(c) / len(c) for c in BASE) / len(BASE)
cpk = min(USL - center, center - LSL) / (3 * sigma_hat)""", before="# cpk = ..."),
        a.tests("cpk-test", 1, public=_number_check("cpk") + f"""
advise(self_check(cpk, "{token['cpk']}"))""",
                hidden=f"""require(compare(cpk, {cpk!r}, mode="numeric", rtol=0.01, rules=[
{_rule_code(known["cpk"])}
]))"""),

        a.text(kk="## Б бөлім. Тексеру жоспары және шешім", ru="## Часть В. План проверок и решение",
               en="## Part C. The plan of checks and the decision"),
        a.task(7, 2, "C",
               kk="""Тексеру жоспарын жобалаңыз: бір тексерудегі сомындар саны $n$ және тексерулер аралығы $h$ минут. Орташа
$1{,}5\\sigma$-ға ығысса, карта оны орта есеппен 60 минутта ұстауы керек; процесс тұрақты болса, жалған дабылдар
арасы орта есеппен кемінде 40 сағат; бақылаушы сағатына ең көбі 30 сомын тексереді. Төмендегі зертханада $n$ мен
$h$-ты таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап
ұяшығына көшіріңіз.""",
               ru="""Спроектируйте план проверок: число гаек в одной проверке $n$ и интервал между проверками $h$ минут. Если
среднее сдвинется на $1{,}5\\sigma$, карта должна поймать сдвиг в среднем за 60 минут; если процесс стабилен, между
ложными тревогами в среднем не меньше 40 часов; контролёр проверяет не больше 30 гаек в час. Выберите $n$ и $h$ в
лаборатории ниже, нажмите **Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую
показывает лаборатория.""",
               en="""Design the plan of checks: the nuts per check $n$ and the minutes between checks $h$. If the mean moves by
$1.5\\sigma$, the chart must catch it within 60 minutes on average; if the process is stable, the false alarms must
be at least 40 hours apart on average; the technician checks at most 30 nuts an hour. Choose $n$ and $h$ in the lab
below, press **Check the design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""spc.make_lab("checks")"""),
        a.answer("checks-plan", "design = {'n': 5, 'h': 20}", before="# design = {'n': ..., 'h': ...}"),
        a.tests("checks-plan-test", 2, public=f"""assert isinstance(design, dict) and {{"n", "h"}} <= set(design), pick({_msg("design = {'n': ..., 'h': ...} (зертхана көрсететін жол)", "design = {'n': ..., 'h': ...} (строка, которую показывает лаборатория)", "design = {'n': ..., 'h': ...} (the line the lab shows)")!r})
advise(check_design(design, spc.DESIGN_SPEC, model=spc.design_result))""",
                hidden="""require(check_design(design, spc.DESIGN_SPEC, model=spc.design_result))"""),

        a.task(8, 3, "C", locked_id="stop-the-line-prompt",
               kk="""Бүгінгі тексерулердің орташаларын тірек күннің шекараларымен салыстырыңыз (өз `out_of_control`
функцияңыз көмектеседі). Бүгін барлық сомын 100 мен 120 Н·м аралығында. Шебер: «Бірде-бір сомын шақтамадан
шықпады, желіні тоқтатудың қажеті жоқ», — дейді. (а) Карта бүгін не көрсетеді: қай ереже, қай уақытта? (ә)
Бақылау шекаралары мен шақтама шектерінің айырмасын түсіндіріп, шеберге жауап беріңіз. (б) Сапа бөліміне не
істеу керектігін ұсыныңыз. Жауапты төмендегі ұяшыққа сөзбен және есептеулермен жазыңыз.""",
               ru="""Сравните средние сегодняшних проверок с границами опорного дня (поможет ваша функция `out_of_control`).
Сегодня все гайки между 100 и 120 Н·м. Мастер говорит: «Ни одна гайка не вышла из допуска, останавливать линию
незачем». (а) Что сегодня показывает карта: какое правило, в какое время? (б) Объясните разницу контрольных границ
и границ допуска и ответьте мастеру. (в) Предложите, что делать отделу качества. Напишите ответ словами и с
вычислениями в ячейке ниже.""",
               en="""Compare today's checks' means with the reference day's limits (your function `out_of_control` helps). Today
every nut is between 100 and 120 N·m. The foreman says: "Not one nut left the specification, there is no reason to
stop the line." (a) What does the chart show today: which rule, at what time? (b) Explain how control limits
differ from specification limits and answer the foreman. (c) Recommend what the quality department should do.
Write your answer in words and with calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: бүгінгі орташалар 08:30-дан бастап орта сызықтан жоғары, 10:00-ден кейін айқын жоғары; 4-ереже (қатарынан сегіз нүкте
  бір жақта) 12:00 тексеруінде іске қосылып, 13:30-ға дейін белгі береді; 1-ереже іске қосылмайды. Сабақтағы 3-ережені
  (бестің төртеуі $1\\sigma$-дан алыс) қолданып, белгіні 11:30-да тапқан жауап та дұрыс.
* 1 ұпай: шақтама шектері сызбадан алынады және сомынның жарамдылығын айтады; бақылау шекаралары процестің өз
  деректерінен есептеледі және процестің өзгергенін айтады. Тұрақты процесте сегіз нүктенің бір жақта болуы
  сирек ($2 \\cdot 0{,}5^8 \\approx 0{,}008$), сондықтан бұл — ерекше себеп, сомындар шақтамадан шықпай тұрып.
* 1 ұпай: негізделген ұсыныс: желіні тоқтатып (немесе бекетті), себебін іздеу — 10:00-де ауыстырылған басты,
  сомын бұрағыштың баптауын тексеру, түзету, 10:00-ден (бас ауыстырылғаннан) бергі дөңгелектерді қажет болса қайта тексеру, оқиға
  мен түзетуді бақылау картасына белгілеу.""",
                   "ru": """* 1 балл: сегодняшние средние с 08:30 выше центральной линии, после 10:00 заметно выше; правило 4 (восемь точек подряд по одну
  сторону) срабатывает на проверке 12:00 и даёт сигнал до 13:30; правило 1 не срабатывает. Ответ, который по правилу 3
  урока (четыре из пяти дальше $1\\sigma$) находит сигнал уже в 11:30, тоже верен.
* 1 балл: границы допуска берутся с чертежа и говорят, годна ли гайка; контрольные границы вычислены по данным
  самого процесса и говорят, изменился ли процесс. У стабильного процесса восемь точек по одну сторону редки
  ($2 \\cdot 0{,}5^8 \\approx 0{,}008$), поэтому это особая причина, ещё до выхода гаек из допуска.
* 1 балл: обоснованная рекомендация: остановить линию (или пост) и искать причину — проверить головку, сменённую
  в 10:00, и настройку гайковёрта, исправить, при необходимости перепроверить колёса с 10:00 (со смены головки), записать событие на
  карту.""",
                   "en": """* 1 point: today's means lie above the centre line from 08:30 on, clearly so after 10:00; rule 4 (eight points in a row on one side)
  fires at the check of 12:00 and signals up to 13:30; rule 1 does not fire. An answer that applies the lesson's
  rule 3 (four of five beyond $1\\sigma$) and finds the signal at 11:30 already is right too.
* 1 point: the specification limits come from the drawing and say whether a nut is good; the control limits are
  computed from the process's own data and say whether the process has changed. For a stable process eight points
  on one side are rare ($2 \\cdot 0.5^8 \\approx 0.008$), so this is a special cause, appearing before any nut
  leaves the specification limits.
* 1 point: a recommendation with reasons: stop the line (or the station) and look for the cause — check the
  socket changed at 10:00 and the nutrunner's setting, put it right, check the wheels since 10:00 (the socket change) again if needed,
  note the event on the chart."""}),
        a.written("stop-the-line", 3, """**Model answer (en).** (a) With the reference day's limits, today's means lie above the centre line from 08:30 on,
and clearly higher after 10:00. Rule 1 never fires (no mean is beyond a limit), but rule 4 does: the check of 12:00 is the
eighth point in a row above the centre line, and the checks up to 13:30 are flagged too. Rule 3 of the lesson sees it half an hour sooner: at 11:30 four of the
last five means are more than $1\\sigma_{\\bar x}$ above the centre line. (b) The specification
limits (100 and 120 N·m) come from the drawing and tell whether a single nut is good. The control limits are
computed from the process's own data when it was stable and tell whether the process has changed. For a stable
process eight points in a row on one side happen with a probability of about $2 \\cdot 0.5^8 \\approx 0.008$, so the
run is not chance: a special cause has moved the mean up. The nuts are still good, but the foreman is wrong that
nothing needs doing: the chart warns before nuts leave the specification, when the fix is cheapest. (c) Stop the
station and look for the cause, starting with the socket changed at 10:00 and the nutrunner's setting; put it
right, check the wheels tightened since 10:00 again if the cause could have pushed nuts too far, and note the
event and the fix on the chart.

**Үлгі жауап (kk).** (а) Тірек күннің шекараларымен салыстырсақ, бүгінгі орташалар 08:30-дан бастап орта
сызықтан жоғары, ал 10:00-ден кейін айқын жоғары. 1-ереже іске қосылмайды (бірде-бір орташа шекарадан шықпады), бірақ
4-ереже іске қосылады: 12:00 тексеруі — орта сызықтан жоғары қатарынан сегізінші нүкте, 13:30-ға дейінгі
тексерулер де белгіленеді. Сабақтағы 3-ереже мұны жарты сағат ертерек көреді: 11:30-да соңғы бес орташаның
төртеуі орта сызықтан $1\\sigma_{\\bar x}$-тан артық жоғары. (ә) Шақтама шектері (100 және 120 Н·м) сызбадан алынады және жеке сомынның жарамды
екенін айтады. Бақылау шекаралары процесс тұрақты болған кездегі өз деректерінен есептеледі және процестің
өзгергенін айтады. Тұрақты процесте қатарынан сегіз нүктенің бір жақта болу ықтималдығы шамамен
$2 \\cdot 0{,}5^8 \\approx 0{,}008$, сондықтан бұл кездейсоқтық емес: ерекше себеп ортаны жоғары жылжытты. Сомындар
әзірге жарамды, бірақ шебердің «ештеңе істемейміз» дегені қате: карта сомындар шақтамадан шықпай тұрып, түзету ең
арзан кезде ескертеді. (б) Бекетті тоқтатып, себебін іздеу керек: алдымен 10:00-де ауыстырылған басты және сомын
бұрағыштың баптауын тексеріп, түзету, себеп сомындарды тым алыс жылжытуы мүмкін болса, 10:00-ден бергі
дөңгелектерді қайта тексеру, оқиға мен түзетуді картаға жазу.

**Образец ответа (ru).** (а) Если сравнить с границами опорного дня, сегодняшние средние с 08:30 выше центральной
линии, а после 10:00 заметно выше. Правило 1 не срабатывает (ни одно среднее не за границей), но срабатывает правило 4:
проверка 12:00 — восьмая точка подряд выше центральной линии, отмечены и проверки до 13:30. Правило 3 из урока видит это на полчаса раньше: в 11:30 четыре из пяти
последних средних выше центральной линии больше чем на $1\\sigma_{\\bar x}$. (б) Границы допуска
(100 и 120 Н·м) берутся с чертежа и говорят, годна ли отдельная гайка. Контрольные границы вычислены по данным
самого процесса, когда он был стабилен, и говорят, изменился ли процесс. У стабильного процесса восемь точек
подряд по одну сторону бывают с вероятностью около $2 \\cdot 0{,}5^8 \\approx 0{,}008$, поэтому это не случайность:
особая причина сдвинула среднее вверх. Гайки пока годны, но мастер неправ, что делать ничего не надо: карта
предупреждает до выхода гаек из допуска, когда исправить дешевле всего. (в) Остановить пост и искать причину:
сначала проверить головку, сменённую в 10:00, и настройку гайковёрта, исправить, если причина могла увести гайки
слишком далеко, перепроверить колёса с 10:00, записать событие и исправление на карту."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "spc.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
