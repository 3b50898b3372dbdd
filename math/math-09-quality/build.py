"""Writes math-09-quality's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python math/math-09-quality/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_math_09_quality.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the line in ``module.yml``'s context or comes from the lab's model
(``curriculum.labs.quality``); the module's test pins each one to the model.
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
MODULE = "math-09-quality"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


def _msg(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


LESSON_SETUP = """from math import comb
from curriculum.i18n import pick
from curriculum.labs import quality"""


# -- lesson 1: the chance of a defect ----------------------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Сапа бақылауы, 1-сабақ. Ақаудың ықтималдығы

Конвейер соңында әрбір дайын автомобиль тексеріледі: есіктер, жарық, су өткізбеу, электроника. Біздің желіде
тексерілген автомобильдердің орта есеппен 2 %-ында ақау табылады: оны жөндеуге жібереді. Ауысым шебері сұрайды:
«Бүгін 50 автомобиль шықты. Олардың ішінде бір де бір ақаулы автомобиль болмауы мүмкін бе? Ал ақаулы
автомобильді кемінде 95 % сенімділікпен табу үшін неше автомобильді тексеру керек?» Бұл сұрақтарға
**ықтималдық** жауап береді. (Зауыттың сандары ойдан алынған, бірақ шынайы.)""",
            ru="""# Контроль качества, урок 1. Вероятность дефекта

В конце линии проверяется каждый готовый автомобиль: двери, свет, герметичность, электроника. На нашей линии в
среднем у 2 % проверенных автомобилей находят дефект: такой автомобиль отправляют на доработку. Мастер смены
спрашивает: «Сегодня вышло 50 автомобилей. Может ли среди них не оказаться ни одного с дефектом? А сколько
автомобилей надо проверить, чтобы найти дефектный с уверенностью не меньше 95 %?» На такие вопросы отвечает
**вероятность**. (Числа завода вымышленные, но правдоподобные.)""",
            en="""# Quality inspection, lesson 1. The chance of a defect

At the end of the line every finished car is checked: doors, lights, water tightness, electronics. On our line
about 2 % of the cars checked have a defect and go to rework. The shift foreman asks: "Today 50 cars came off the
line. Could there be not a single defective one among them? And how many cars must we check to find a defective
one with at least 95 % certainty?" **Probability** answers such questions. (The plant's numbers are fictional but
plausible.)"""),
        a.text(
            kk="""## 1. Ықтималдық және тәуелсіз оқиғалар

Оқиғаның **ықтималдығы** — көп рет қайталағанда сол оқиға болатын жағдайлардың үлесі: 0-ден (ешқашан) 1-ге
(әрдайым) дейінгі сан. Автомобильдің ақаулы болу ықтималдығы $p = 0{,}02$, ақаусыз болу ықтималдығы
$1 - p = 0{,}98$. «Ақаусыз» оқиғасы «ақаулы» оқиғасына **қарама-қарсы оқиға**: олардың ықтималдықтарының
қосындысы 1-ге тең.

Бір автомобильдің ақауы екіншісінің ақауына әсер етпейді деп есептейміз: мұндай оқиғалар **тәуелсіз оқиғалар**
деп аталады. Тәуелсіз оқиғалардың бірге болу ықтималдығы олардың ықтималдықтарының көбейтіндісіне тең. Екі
автомобильдің екеуі де ақаусыз болу ықтималдығы $0{,}98 \\cdot 0{,}98 = 0{,}9604$. $n$ автомобильдің ішіндегі
ақаулы автомобильдер санын $X$ деп белгілейік. Онда бәрі ақаусыз болу ықтималдығы және кемінде біреуі ақаулы болу
ықтималдығы:""",
            ru="""## 1. Вероятность и независимые события

**Вероятность** события — доля случаев, в которых оно происходит при многократном повторении: число от 0
(никогда) до 1 (всегда). Вероятность того, что автомобиль окажется с дефектом, $p = 0{,}02$, без дефекта — $1 - p = 0{,}98$.
Событие «без дефекта» — **противоположное событие** к событию «с дефектом»: сумма их вероятностей равна 1.

Будем считать, что дефект одного автомобиля не влияет на дефект другого: такие события называются
**независимыми событиями**. Вероятность того, что независимые события произойдут вместе, равна произведению их
вероятностей. Вероятность того, что оба из двух автомобилей без дефекта, равна $0{,}98 \\cdot 0{,}98 = 0{,}9604$.
Обозначим через $X$ число автомобилей с дефектом среди $n$. Тогда вероятность того, что все без дефекта, и
вероятность того, что хотя бы один с дефектом:""",
            en="""## 1. Probability and independent events

The **probability** of an event is the share of cases in which it happens when the trial is repeated many times: a
number from 0 (never) to 1 (always). The probability that a car is defective is $p = 0.02$, that it has no defect
$1 - p = 0.98$. "No defect" is the **complementary event** of "defective": their probabilities add up to 1.

We assume that a defect of one car has no effect on another: such events are **independent events**. The
probability that independent events happen together is the product of their probabilities. Both of two cars have
no defect with probability $0.98 \\cdot 0.98 = 0.9604$. Let $X$ be the number of defective cars among $n$. Then
all of them have no defect, and at least one is defective, with the probabilities"""),
        a.formula(r"$$P(X=0)=(1-p)^n,\qquad P(X\ge 1)=1-(1-p)^n$$"),
        a.example(
            kk="""### 1-мысал

10 автомобильдің бәрі ақаусыз болу ықтималдығы $0{,}98^{10} \\approx 0{,}817$. Кемінде біреуі ақаулы болу
ықтималдығы — қарама-қарсы оқиғаның ықтималдығы: $1 - 0{,}817 = 0{,}183$.

Ақаулы автомобильді кемінде 90 % ықтималдықпен табу үшін неше автомобиль тексеру керек? Алдымен бағалаңыз:
орта есеппен 50 автомобильдің біреуі ақаулы, демек 50-ден едәуір көп керек. $1 - 0{,}98^n \\ge 0{,}9$ теңсіздігі,
яғни $0{,}98^n \\le 0{,}1$. $n$ өскен сайын $0{,}98^n$ кемиді, сондықтан $n$-нің мәндерін калькулятормен немесе
Python-мен байқап көрейік: $0{,}98^{100} \\approx 0{,}133$, $0{,}98^{110} \\approx 0{,}108$, $0{,}98^{113} \\approx 0{,}102$
— бәрі әлі $0{,}1$-ден үлкен, ал $0{,}98^{114} \\approx 0{,}0999 \\le 0{,}1$. Демек, ең аз дегенде $n = 114$
автомобиль керек. (Жоғары сыныптарда өтетін логарифмдер мұны бірден береді:
$n \\ge \\frac{\\ln 0{,}1}{\\ln 0{,}98} \\approx 113{,}97$, жоғары қарай дөңгелектегенде 114.)""",
            ru="""### Пример 1

Вероятность того, что все 10 автомобилей без дефекта, $0{,}98^{10} \\approx 0{,}817$. Вероятность того, что хотя
бы один с дефектом, — вероятность противоположного события: $1 - 0{,}817 = 0{,}183$.

Сколько автомобилей надо проверить, чтобы найти дефектный с вероятностью не меньше 90 %? Сначала оцените: в
среднем один из 50 автомобилей с дефектом, значит, нужно заметно больше 50. Неравенство $1 - 0{,}98^n \\ge 0{,}9$,
то есть $0{,}98^n \\le 0{,}1$. С ростом $n$ степень $0{,}98^n$ уменьшается, поэтому переберём значения $n$ на
калькуляторе или в Python: $0{,}98^{100} \\approx 0{,}133$, $0{,}98^{110} \\approx 0{,}108$, $0{,}98^{113} \\approx 0{,}102$ —
всё ещё больше $0{,}1$, а $0{,}98^{114} \\approx 0{,}0999 \\le 0{,}1$. Значит, нужно не меньше $n = 114$ автомобилей.
(Логарифмы, которые изучают в старших классах, дают это сразу: $n \\ge \\frac{\\ln 0{,}1}{\\ln 0{,}98} \\approx 113{,}97$,
с округлением вверх 114.)""",
            en="""### Example 1

All 10 of 10 cars have no defect with probability $0.98^{10} \\approx 0.817$. At least one is defective with the
probability of the complementary event: $1 - 0.817 = 0.183$.

How many cars must we check to find a defective one with probability at least 90 %? Estimate first: on average one
car in 50 is defective, so we need clearly more than 50. The inequality is $1 - 0.98^n \\ge 0.9$, that is
$0.98^n \\le 0.1$. As $n$ grows, $0.98^n$ gets smaller, so we try values of $n$ on a calculator or in Python:
$0.98^{100} \\approx 0.133$, $0.98^{110} \\approx 0.108$ and $0.98^{113} \\approx 0.102$ are all still above $0.1$, and
$0.98^{114} \\approx 0.0999 \\le 0.1$. So at least $n = 114$ cars are needed. (Logarithms, which come in a later
grade, give it at once: $n \\ge \\frac{\\ln 0.1}{\\ln 0.98} \\approx 113.97$, rounded up 114.)"""),
        a.code("""p = 0.02
print(quality.probability_none(10, p), quality.probability_at_least_one(10, p))
# [kk] 90 % сенімділікке керек ең аз автомобиль:
# [ru] наименьшее число автомобилей для уверенности 90 %:
# [en] the fewest cars for 90 % certainty:
n_cars = 1
while 1 - (1 - p) ** n_cars < 0.90:
    n_cars = n_cars + 1
print(n_cars, quality.sample_size(p, 0.90))
print([round((1 - p) ** m, 4) for m in (100, 110, 113, 114)])
print(quality.probability_at_least_one(113, p), quality.probability_at_least_one(114, p))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Ерлан былай дейді: «Әр автомобиль 2 % ықтималдықпен ақаулы, 50 автомобильде $50 \\cdot 2 = 100$ %. Демек, 50
автомобильдің ішінде ақаулы автомобиль міндетті түрде бар». Келісесіз бе? Ықтималдықтарды қосуға бола ма?
Төмендегі ұяшық дұрыс жауапты есептейді.""",
            ru="""### Верно ли?

Ерлан говорит: «Каждый автомобиль с дефектом с вероятностью 2 %, на 50 автомобилей это $50 \\cdot 2 = 100$ %.
Значит, среди 50 автомобилей дефектный обязательно есть». Согласны? Можно ли складывать эти вероятности? Ячейка
ниже вычисляет верный ответ.""",
            en="""### Is it true?

Yerlan says: "Each car is defective with probability 2 %; for 50 cars that is $50 \\cdot 2 = 100$ %. So there is
certainly a defective car among 50." Do you agree? May these probabilities be added? The cell below computes the
right answer."""),
        a.code("""print(quality.probability_at_least_one(50, 0.02))
print(quality.probability_none(50, 0.02))""", role="misconception"),
        a.text(
            kk="""## 2. Терулер саны

5 автомобильдің дәл 2-еуі ақаулы болуы неше тәсілмен мүмкін? Автомобильдерді 1, 2, 3, 4, 5 деп нөмірлейік.
Ақаулы жұп: 12, 13, 14, 15, 23, 24, 25, 34, 35, 45 — барлығы 10 тәсіл. Мұнда реті маңызды емес: «1 мен 2» мен «2
мен 1» — бір жұп. $n$ элементтен $k$ элементті ретсіз таңдау тәсілдерінің саны **терулер саны** деп аталады:""",
            ru="""## 2. Число сочетаний

Сколькими способами ровно 2 из 5 автомобилей могут оказаться с дефектом? Пронумеруем автомобили 1, 2, 3, 4, 5.
Пара с дефектом: 12, 13, 14, 15, 23, 24, 25, 34, 35, 45 — всего 10 способов. Порядок здесь не важен: «1 и 2» и
«2 и 1» — одна и та же пара. Число способов выбрать без учёта порядка $k$ элементов из $n$ называется **числом
сочетаний**:""",
            en="""## 2. The number of combinations

In how many ways can exactly 2 of 5 cars be defective? Number the cars 1, 2, 3, 4, 5. The defective pair: 12, 13,
14, 15, 23, 24, 25, 34, 35, 45, that is 10 ways. The order does not matter here: "1 and 2" and "2 and 1" are the
same pair. The number of ways to choose $k$ things of $n$ without order is the **number of combinations**:"""),
        a.formula(r"$$C_n^k=\frac{n!}{k!\,(n-k)!},\qquad C_5^2=\frac{5\cdot 4}{2\cdot 1}=10$$"),
        a.example(
            kk="""### 2-мысал

Сапа аудиті 10 автомобильдің 3-еуін тексеруге алады. Неше түрлі таңдау бар? $C_{10}^3 = \\frac{10 \\cdot 9 \\cdot
8}{3 \\cdot 2 \\cdot 1} = 120$. Python-да бұл `comb(10, 3)`.""",
            ru="""### Пример 2

Аудит качества берёт на проверку 3 автомобиля из 10. Сколько есть разных выборов? $C_{10}^3 = \\frac{10 \\cdot 9
\\cdot 8}{3 \\cdot 2 \\cdot 1} = 120$. В Python это `comb(10, 3)`.""",
            en="""### Example 2

The quality audit takes 3 of 10 cars for a check. How many different choices are there? $C_{10}^3 = \\frac{10
\\cdot 9 \\cdot 8}{3 \\cdot 2 \\cdot 1} = 120$. In Python it is `comb(10, 3)`."""),
        a.code("""print(comb(5, 2), comb(10, 3))
from itertools import combinations
print(list(combinations([1, 2, 3, 4, 5], 2)))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана 50 автомобильдің бір ауысымын көрсетеді, ақау ықтималдығы 2 %. ▶ батырмасын баспас бұрын болжаңыз: көп
ауысымның қандай үлесінде ақаулы автомобиль мүлде болмайды? Шамамен 0, $\\frac{1}{3}$, $\\frac{1}{2}$ әлде
$\\frac{2}{3}$ бе? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория показывает смену из 50 автомобилей, вероятность дефекта 2 %. Прежде чем нажать кнопку ▶,
предскажите: в какой доле многих смен не будет ни одного автомобиля с дефектом? Примерно 0, $\\frac{1}{3}$,
$\\frac{1}{2}$ или $\\frac{2}{3}$? Запишите предсказание в тетрадь.""",
            en="""### Predict first

The lab shows a shift of 50 cars with a defect probability of 2 %. Before you press ▶, predict: in what share of
many shifts is there no defective car at all? About 0, $\\frac{1}{3}$, $\\frac{1}{2}$ or $\\frac{2}{3}$? Write
your prediction down."""),
        a.lab("""lab = quality.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. $k$ жүгірткісін 0-ге қойып, ▶ батырмасын басыңыз: ауысымдар бірінен соң бірі өтеді, сол жақта соңғы
   ауысымның автомобильдері (қызылы — ақаулы). Ақаусыз ауысымдардың салыстырмалы жиілігі формула берген
   $0{,}98^{50}$ ықтималдығына қалай жақындайды? Болжамыңыз расталды ма?
2. $n$-ді 114-ке қойыңыз. Ақаусыз ауысымдар қаншалықты сирек болды? Мұны 1-мысалмен салыстырыңыз.
3. $p$-ны 2 %-дан 4 %-ға көбейтіңіз. Қызыл автомобильдер мен бағандар қалай өзгерді?""",
            ru="""### Исследуйте

1. Поставьте ползунок $k$ на 0 и нажмите кнопку ▶: идут смена за сменой, слева автомобили последней смены
   (красные — с дефектом). Как относительная частота смен без дефектов приближается к вероятности
   $0{,}98^{50}$ по формуле? Подтвердилось ли предсказание?
2. Поставьте $n$ на 114. Насколько редкими стали смены без дефектов? Сравните с примером 1.
3. Увеличьте $p$ с 2 % до 4 %. Как изменились красные автомобили и столбики?""",
            en="""### Explore

1. Set the slider $k$ to 0 and press ▶: shift after shift goes by, on the left the cars of the last shift (red
   ones are defective). How does the relative frequency of shifts without a defect approach the formula's
   probability $0.98^{50}$? Was your prediction right?
2. Set $n$ to 114. How rare have shifts without a defect become? Compare with example 1.
3. Raise $p$ from 2 % to 4 %. How did the red cars and the bars change?"""),
        a.summary(
            kk="""## Қорытынды

* **Ықтималдық** — 0-ден 1-ге дейінгі сан: көп рет қайталағанда оқиға болатын жағдайлардың үлесі.
* **Қарама-қарсы оқиға** ықтималдығы $1 - P$: «кемінде бір ақау» ықтималдығы $1 - (1 - p)^n$.
* **Тәуелсіз оқиғалар** ықтималдықтары көбейтіледі, ал «әр автомобиль 2 %» ықтималдықтарын қосуға болмайды.
* $n$ элементтен $k$ элементті ретсіз таңдау тәсілдері — **терулер саны** $C_n^k = \\frac{n!}{k!(n-k)!}$.""",
            ru="""## Итоги

* **Вероятность** — число от 0 до 1: доля случаев, в которых событие происходит при многократном повторении.
* Вероятность, что наступит **противоположное событие**, равна $1 - P$: «хотя бы один дефект» — $1 - (1 - p)^n$.
* **Независимые события**: их вероятности перемножаются, а вероятности «2 % у каждого автомобиля» складывать нельзя.
* Число способов выбрать $k$ элементов из $n$ без учёта порядка — **число сочетаний** $C_n^k = \\frac{n!}{k!(n-k)!}$.""",
            en="""## Summary

* A **probability** is a number from 0 to 1: the share of cases in which an event happens when repeated many times.
* A **complementary event** has probability $1 - P$: "at least one defect" has $1 - (1 - p)^n$.
* For **independent events** probabilities multiply; the "2 % for each car" may not be added up.
* The ways to choose $k$ things of $n$ without order are the **number of combinations** $C_n^k = \\frac{n!}{k!(n-k)!}$."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Кемінде бір ақаудың ықтималдығын қарама-қарсы оқиға арқылы табу ыңғайлы, себебі ...».
2. Бағалау (50-ден едәуір көп) 114 жауабын тексеруге қалай көмектесті?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Вероятность хотя бы одного дефекта удобно находить через противоположное событие,
   потому что ...».
2. Как оценка (заметно больше 50) помогла проверить ответ 114?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "The probability of at least one defect is easiest through the complementary event,
   because ..."
2. How did the estimate (clearly more than 50) help you check the answer 114?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the binomial distribution, the simulation and the sampling plan --------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Сапа бақылауы, 2-сабақ. Биномдық үлестірім

Шебер тағы сұрайды: «50 автомобильдің ішінде ең көбі бір ақаулы автомобиль болса, ауысым қалыпты өтті деп
есептеймін. Бұл қаншалықты жиі болады?» Ал сапа аудиті конвейер соңындағы бақылаудан өткен автомобильдерді
тереңірек тексереді (сынақ жүрісі және толық қарау, бұл бақылаудан әлдеқайда ұзақ), сондықтан партияның барлық
автомобилін емес, тек іріктемесін тексеріп қабылдағысы келеді. Екі сұраққа да ақаулы автомобильдер санының үлестірімі жауап береді.""",
            ru="""# Контроль качества, урок 2. Биномиальное распределение

Мастер снова спрашивает: «Если среди 50 автомобилей не больше одного с дефектом, я считаю смену нормальной.
Как часто так бывает?» А аудит качества проверяет автомобили, прошедшие контроль в конце линии, углублённо
(пробег и подробный осмотр, намного дольше этого контроля), поэтому хочет принимать партию, проверив не все её
автомобили, а только выборку.
На оба вопроса отвечает распределение числа автомобилей с дефектом.""",
            en="""# Quality inspection, lesson 2. The binomial distribution

The foreman asks again: "If at most one of 50 cars is defective, I call the shift normal. How often does that
happen?" And the quality audit checks cars that have passed the end-of-line check in depth (a road test and a
detailed inspection, far longer than that check), so it wants to accept a batch after auditing a sample of its cars
only, not every car. Both
questions are answered by the distribution of the number of defective cars."""),
        a.text(
            kk="""## 3. Дәл k ақаулы автомобильдің ықтималдығы

$n$ автомобильдің дәл $k$-сы ақаулы болсын. Ақаулы автомобильдердің орнын таңдаудың $C_n^k$ тәсілі бар. Әр
тәсілдің ықтималдығы бірдей: $k$ автомобиль ақаулы ($p^k$) және қалған $n - k$ автомобиль ақаусыз
($(1 - p)^{n-k}$). Тәсілдер бір мезгілде болмайды (үйлесімсіз оқиғалар), сондықтан олардың ықтималдықтары қосылады. Ақаулы
автомобильдер санының осы ықтималдықтары **биномдық үлестірім** деп аталады:""",
            ru="""## 3. Вероятность ровно k автомобилей с дефектом

Пусть ровно $k$ из $n$ автомобилей с дефектом. Выбрать, какие автомобили с дефектом, можно $C_n^k$ способами.
Вероятность каждого способа одна и та же: $k$ автомобилей с дефектом ($p^k$) и остальные $n - k$ без дефекта
($(1 - p)^{n-k}$). Способы не могут случиться одновременно (это несовместные события), поэтому их вероятности складываются. Эти вероятности
числа автомобилей с дефектом называются **биномиальным распределением**:""",
            en="""## 3. The probability of exactly k defective cars

Let exactly $k$ of $n$ cars be defective. There are $C_n^k$ ways to choose which cars are the defective ones.
Each way has the same probability: $k$ defective cars ($p^k$) and the other $n - k$ without a defect
($(1 - p)^{n-k}$). The ways cannot happen at once (they are mutually exclusive events), so their probabilities add up. These probabilities of the number
of defective cars are the **binomial distribution**:"""),
        a.formula(r"$$P(X=k)=C_n^k\,p^k\,(1-p)^{n-k},\qquad P(X\le k)=P(X=0)+P(X=1)+\dots+P(X=k)$$"),
        a.example(
            kk="""### 3-мысал

$n = 50$, $p = 0{,}02$. $P(X = 0) = 0{,}98^{50} \\approx 0{,}364$; $P(X = 1) = C_{50}^1 \\cdot 0{,}02 \\cdot
0{,}98^{49} \\approx 0{,}372$. Ең көбі бір ақаулы автомобиль: $P(X \\le 1) \\approx 0{,}364 + 0{,}372 = 0{,}736$.
Шебердің «қалыпты» ауысымы төрт ауысымның шамамен үшеуінде болады. Орта есеппен 50 автомобильде $np = 1$
ақаулы автомобиль, бірақ дәл біреуі болу ықтималдығы тек $0{,}372$.""",
            ru="""### Пример 3

$n = 50$, $p = 0{,}02$. $P(X = 0) = 0{,}98^{50} \\approx 0{,}364$; $P(X = 1) = C_{50}^1 \\cdot 0{,}02 \\cdot
0{,}98^{49} \\approx 0{,}372$. Не больше одного автомобиля с дефектом: $P(X \\le 1) \\approx 0{,}364 + 0{,}372 =
0{,}736$. «Нормальная» смена мастера бывает примерно в трёх сменах из четырёх. В среднем на 50 автомобилей
приходится $np = 1$ дефектный, но ровно один бывает лишь с вероятностью $0{,}372$.""",
            en="""### Example 3

$n = 50$ and $p = 0.02$. $P(X = 0) = 0.98^{50} \\approx 0.364$; $P(X = 1) = C_{50}^1 \\cdot 0.02 \\cdot 0.98^{49}
\\approx 0.372$. At most one defective car: $P(X \\le 1) \\approx 0.364 + 0.372 = 0.736$. The foreman's "normal"
shift happens in about three shifts of four. On average 50 cars hold $np = 1$ defective car, but exactly one only
with probability $0.372$."""),
        a.code("""n, p = 50, 0.02
print([round(quality.probability_exactly(n, k, p), 3) for k in range(5)])
print(comb(50, 1) * p * (1 - p) ** 49)
print(quality.probability_at_most(n, 1, p))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Шебер: «2 % — бұл әр 50 автомобильдің біреуі. Ақаусыз 50 автомобиль шықса, тексеру құралы бұзылған». Келісесіз
бе? Төмендегі ұяшық ақаусыз ауысымның ықтималдығын және дәл бір ақаулы ауысымның ықтималдығын береді.""",
            ru="""### Верно ли?

Мастер: «2 % — это один из каждых 50 автомобилей. Если вышло 50 автомобилей без дефектов, значит, сломан
прибор контроля». Согласны? Ячейка ниже даёт вероятность смены без дефектов и смены ровно с одним дефектом.""",
            en="""### Is it true?

The foreman: "2 % means one car in every 50. If 50 cars come off the line without a defect, the test stand is
broken." Do you agree? The cell below gives the probability of a shift without a defect and of a shift with
exactly one."""),
        a.code("""print(quality.probability_exactly(50, 0, 0.02), quality.probability_exactly(50, 1, 0.02))""",
               role="misconception"),
        a.text(
            kk="""## 4. Ықтималдық және салыстырмалы жиілік

Зертхана әр ауысымды компьютерде модельдейді: әр автомобильге кездейсоқ сан береді, ол $p$-дан кіші болса,
автомобиль ақаулы. Ең көбі бір ақаулы автомобиль болған ауысымдардың **салыстырмалы жиілігі** 20 ауысымда
$0{,}8$, 200 ауысымда $0{,}71$, 500 ауысымда $0{,}752$ болды. Формуланың ықтималдығы $0{,}736$. Ауысымдар көбейген
сайын жиілік ықтималдыққа жақындайды, бірақ дәл тең болмайды: кездейсоқ ауытқу қалады.""",
            ru="""## 4. Вероятность и относительная частота

Лаборатория моделирует каждую смену на компьютере: каждому автомобилю даёт случайное число, и если оно меньше
$p$, автомобиль с дефектом. **Относительная частота** смен, в которых не больше одного автомобиля с дефектом, за
20 смен была $0{,}8$, за 200 смен — $0{,}71$, за 500 смен — $0{,}752$. Вероятность по формуле — $0{,}736$. С ростом
числа смен частота приближается к вероятности, но не равна ей точно: остаётся случайное отклонение.""",
            en="""## 4. Probability and relative frequency

The lab simulates each shift on the computer: it gives every car a random number, and when the number is below
$p$ the car is defective. The **relative frequency** of shifts with at most one defective car was $0.8$ in 20
shifts, $0.71$ in 200 shifts and $0.752$ in 500 shifts. The formula's probability is $0.736$. As the shifts add up
the frequency comes closer to the probability, but it is not exactly equal: a random deviation remains."""),
        a.code("""for shifts in (20, 200, 500):
    print(shifts, quality.frequency_at_most(50, 1, 0.02, shifts))
print(quality.probability_at_most(50, 1, 0.02))""", role="example"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Сапа бөлімінің **іріктеп бақылау жоспары**: партиядан (бір айда дилерлерге жөнелтілетін шамамен 1000 автомобиль)
$n$ автомобиль тексеріледі, ақаулылары $c$-дан көп болмаса, партия қабылданады ($c$ — қабылдау саны). Іріктеме
партиямен салыстырғанда шағын, сондықтан әр тексерілген автомобиль басқаларына қарамастан дерлік бірдей
ықтималдықпен ақаулы: биномдық үлестірім бұл жерде жақсы модель. Жоспарға талаптар: жақсы партия (1 % ақау) кемінде $0{,}9$
ықтималдықпен қабылдансын; нашар партия (8 % ақау) ең көбі $0{,}1$ ықтималдықпен қабылдансын; аудит тобы ең көбі
80 автомобиль тексере алады. Жүгірткілерді қозғамас бұрын бағалаңыз: $c = 0$ болса, $n$ қандай болуы керек? Бұл
екі талапты бірден орындай ма?""",
            ru="""### Сначала оцените

**План выборочного контроля** отдела качества: из партии (месячная отгрузка дилерам, около 1000 автомобилей)
проверяют $n$ автомобилей, и если с дефектом не больше $c$, партию принимают ($c$ — приёмочное число). Выборка
мала по сравнению с партией, поэтому каждый проверенный автомобиль оказывается с дефектом почти с одной и той же
вероятностью, каковы бы ни были остальные: биномиальное распределение здесь — хорошая модель. Требования к плану: хорошая партия (1 % дефектов) принимается с
вероятностью не меньше $0{,}9$; плохая партия (8 % дефектов) принимается с вероятностью не больше $0{,}1$; группа
аудита может проверить не больше 80 автомобилей. Прежде чем двигать ползунки, оцените: каким должно быть $n$ при
$c = 0$? Выполнит ли такой план оба требования сразу?""",
            en="""### Estimate first

The quality department's **sampling plan**: $n$ cars of a batch (a month's shipment to the dealers, about 1000
cars) are checked, and the batch is accepted when at most $c$ of them are defective ($c$ is the acceptance number).
The sample is small against the batch, so each car checked is defective with nearly the same probability whatever
the others are: the binomial distribution is a good model here. What the plan must do: a good batch (1 % defective)
is accepted with probability at least $0.9$; a bad batch (8 % defective) is accepted with probability at most
$0.1$; the audit team can check at most 80 cars. Before you move the sliders, estimate: what must $n$ be with
$c = 0$? Does such a plan meet both requirements at once?"""),
        a.design_lab("""design_lab = quality.make_lab("sampling-plan")
design_lab"""),
        a.text(
            kk="""$n$ мен $c$-ны барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз. «Партия»
тізімінен жақсы және нашар партияны таңдап, ▶ батырмасымен көп ауысымды өткізіңіз: қабылданған партиялардың
үлесі жоспардың ықтималдықтарына жақындай ма? Неге $c = 0$ жоспары талаптарды орындамайды?""",
            ru="""Подберите $n$ и $c$ так, чтобы выполнялись все требования, и нажмите **Проверить проект**. Выберите в списке
«Партия» хорошую и плохую партию и прогоните кнопкой ▶ много смен: приближается ли доля принятых партий к
вероятностям плана? Почему план с $c = 0$ не выполняет требования?""",
            en="""Choose $n$ and $c$ so that every requirement holds, and press **Check the design**. Choose the good and the
bad batch in the list "Batch" and run many shifts with ▶: does the share of batches accepted come close to the
plan's probabilities? Why does a plan with $c = 0$ not meet the requirements?"""),
        a.summary(
            kk="""## Қорытынды

* $n$ тәуелсіз автомобильдегі ақаулылар саны **биномдық үлестірім** бойынша үлестірілген:
  $P(X = k) = C_n^k p^k (1 - p)^{n-k}$; $P(X \\le k)$ — осы ықтималдықтардың қосындысы.
* Орта есеппен $np$ ақаулы автомобиль, бірақ дәл $np$ болу ықтималдығы аз болуы мүмкін.
* Көп рет модельдегенде **салыстырмалы жиілік** ықтималдыққа жақындайды, бірақ кездейсоқ ауытқу қалады.
* **Іріктеп бақылау жоспары** ($n$, $c$) жақсы партияны жиі қабылдап, нашар партияны сирек қабылдауы керек.""",
            ru="""## Итоги

* Вероятности числа дефектных среди $n$ независимых автомобилей — это **биномиальное распределение**:
  $P(X = k) = C_n^k p^k (1 - p)^{n-k}$; $P(X \\le k)$ — сумма этих вероятностей.
* В среднем $np$ автомобилей с дефектом, но ровно $np$ может быть лишь с небольшой вероятностью.
* При многократном моделировании **относительная частота** приближается к вероятности, но остаётся случайное
  отклонение.
* **План выборочного контроля** ($n$, $c$) должен часто принимать хорошую партию и редко — плохую.""",
            en="""## Summary

* The number of defective cars among $n$ independent ones follows the **binomial distribution**:
  $P(X = k) = C_n^k p^k (1 - p)^{n-k}$; $P(X \\le k)$ is the sum of these probabilities.
* On average there are $np$ defective cars, but exactly $np$ may have only a small probability.
* Over many simulations the **relative frequency** comes close to the probability, but a random deviation remains.
* A **sampling plan** ($n$, $c$) must accept a good batch often and a bad batch seldom."""),
        a.reflection(
            kk="""## Рефлексия

1. Модельдеу мен формуланың қайсысына көбірек сенесіз? Неге?
2. Сапа бөлімі $c$-ны үлкейтсе, кім ұтады, кім ұтылады: зауыт па, әлде сатып алушы ма?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Чему вы больше доверяете, моделированию или формуле? Почему?
2. Если отдел качества увеличит $c$, кто выиграет и кто проиграет: завод или покупатель?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Which do you trust more, the simulation or the formula? Why?
2. If the quality department raises $c$, who wins and who loses: the plant or the buyer?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from math import comb
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import quality

# [kk] автомобильдер санының әрпі; оған сан бермеңіз
# [ru] буква числа автомобилей; не присваивайте ей число
# [en] the letter of the number of cars; do not give it a number
n = sp.Symbol("n", positive=True)"""


def _rules() -> dict[str, list[object]]:
    """The known mistakes of each numeric item, with their messages (the hidden checks and the self-checks)."""
    n = sp.Symbol("n", positive=True)
    return {
        "no-defect": [
            rules.wrong_answer(1 - 0.02**n, code="all-defective", message=_msg(
                "0,02ⁿ — барлық n автомобильдің ақаулы болу ықтималдығы; бір автомобиль 1 − 0,02 ықтималдықпен ақаусыз.",
                "0,02ⁿ — вероятность того, что все n автомобилей с дефектом; автомобиль без дефекта с вероятностью 1 − 0,02.",
                "0.02ⁿ is the probability that all n cars are defective; a car has no defect with probability 1 − 0.02.")),
            rules.wrong_answer(0.98 * n, code="multiplied-by-n", message=_msg(
                "Тәуелсіз оқиғалардың ықтималдықтары n-ге көбейтілмейді, өзара көбейтіледі: дәреже керек.",
                "Вероятности независимых событий не умножают на n, а перемножают: нужна степень.",
                "The probabilities of independent events are multiplied together, not by n: a power is needed."))],
        "exactly-two": [
            rules.wrong_answer(0.02**2 * 0.98**58, code="no-combinations", message=_msg(
                "Бұл — бір ғана тәсілдің ықтималдығы: ақаулы екі автомобильді таңдау тәсілдерінің саны қайда?",
                "Это вероятность одного способа: где число способов выбрать два дефектных автомобиля?",
                "That is the probability of one way only: where is the number of ways to choose the two defective cars?")),
            rules.wrong_answer(1770 * 0.02**2 * 0.98**60, code="exponent-n", message=_msg(
                "Ақаусыз автомобильдер 60 емес, 58.", "Автомобилей без дефекта не 60, а 58.",
                "58 cars have no defect, not 60."))],
        "rework": [
            rules.wrong_answer(120 * 35 * ureg.minute, code="every-car", message=_msg(
                "Әр автомобиль жөнделмейді: тек ақаулылары, орта есеппен np.",
                "Дорабатывают не каждый автомобиль, а только дефектные: в среднем np.",
                "Not every car is reworked, only the defective ones: np on average.")),
            rules.wrong_answer(35 * ureg.minute, code="one-car", message=_msg(
                "Бұл — бір автомобильді жөндеу уақыты; күніне орта есеппен неше ақаулы автомобиль бар?",
                "Это время доработки одного автомобиля; сколько дефектных в среднем за день?",
                "That is the rework of one car; how many defective cars are there a day on average?"))],
        "at-most-two": [
            rules.wrong_answer(0.2193540452165986, code="exactly-two", message=_msg(
                "Бұл — дәл екі ақаудың ықтималдығы; «ең көбі екі» — 0, 1 және 2.",
                "Это вероятность ровно двух дефектов; «не больше двух» — это 0, 1 и 2.",
                "That is the probability of exactly two defects; at most two means 0, 1 and 2.")),
            rules.wrong_answer(1 - 0.8812579748786624, code="complement", message=_msg(
                "Бұл — үштен көп ақаудың ықтималдығы, керегіне қарама-қарсы оқиға.",
                "Это вероятность больше двух дефектов — противоположного события.",
                "That is the probability of more than two defects: the complementary event.")),
            rules.wrong_answer(0.583704832186542, code="zero-forgotten", message=_msg(
                "Ақаусыз ауысым да «ең көбі екі» оқиғасына кіреді: k = 0 ұмытылды.",
                "Смена без дефектов тоже входит в «не больше двух»: забыто k = 0.",
                "A shift without a defect is at most two as well: k = 0 is missing."))],
        "sample-size": [
            rules.wrong_answer(148, code="rounded-down", message=_msg(
                "Осынша автомобильмен ықтималдық әлі 0,95-тен аз: жоғары қарай дөңгелектеңіз.",
                "С таким числом автомобилей вероятность ещё меньше 0,95: округляйте вверх.",
                "With that many cars the probability is still below 0.95: round up.")),
            rules.wrong_answer(48, code="proportion", message=_msg(
                "Ықтималдықтар n-ге пропорционал өспейді: 1 − 0,98ⁿ ≥ 0,95 теңсіздігін шешіңіз.",
                "Вероятности не растут пропорционально n: решите неравенство 1 − 0,98ⁿ ≥ 0,95.",
                "Probabilities do not grow in proportion to n: solve 1 − 0.98ⁿ ≥ 0.95.")),
            rules.wrong_answer(3, code="no-complement", message=_msg(
                "0,95 — кемінде бір ақаудың ықтималдығы, ақаусыз автомобильдердің емес.",
                "0,95 — вероятность хотя бы одного дефекта, а не всех автомобилей без дефекта.",
                "0.95 is the probability of at least one defect, not of all cars without one."))],
    }


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    n = sp.Symbol("n", positive=True)
    known = _rules()
    return {
        "no-defect": fingerprint(0.98 ** n, mistakes=known["no-defect"], salt=salt("no-defect")),
        "exactly-two": fingerprint(0.2193540452165986, rtol=0.01, mistakes=known["exactly-two"],
                                   salt=salt("exactly-two")),
        "rework": fingerprint(84 * ureg.minute, rtol=0.01, mistakes=known["rework"], salt=salt("rework")),
        "at-most-two": fingerprint(0.8812579748786624, rtol=0.005, mistakes=known["at-most-two"],
                                   salt=salt("at-most-two")),
        "sample-size": fingerprint(149, rtol=1e-6, mistakes=known["sample-size"], salt=salt("sample-size")),
    }


def _number_test(name: str, token: str, whole: bool = False) -> str:
    """The public part of a number's test: a number (a whole one for a count), then the self-check."""
    words = (_msg(f"{name} — бүтін сан болуы керек (мысалы, 7).", f"{name} должно быть целым числом (например, 7).",
                  f"{name} should be a whole number (for example 7).") if whole else
             _msg(f"{name} — сан болуы керек (мысалы, 0.5).", f"{name} должно быть числом (например, 0.5).",
                  f"{name} should be a number (for example 0.5)."))
    test = f"float({name}).is_integer()" if whole else f"isinstance(float({name}), float)"
    return f"assert {test}, pick({words!r})\nadvise(self_check({name}, \"{token}\"))"


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Конвейер соңындағы бақылау: ықтималдық

Зауыттың конвейер соңында әрбір автомобиль тексеріледі; автомобильдің ақаулы болу ықтималдығы $p = 0{,}02$,
автомобильдердің ақаулары бір-біріне тәуелсіз. Желі күніне 120 автомобиль шығарады, бір ақаулы автомобильді жөндеу
орта есеппен 35 минутқа созылады. Бұл тапсырмада сіз ақаулы автомобильдердің ықтималдықтарын есептейсіз,
модельдеуді формуламен салыстырасыз және зертханада іріктеп бақылау жоспарын жобалайсыз. Сандар ойдан алынған,
бірақ шынайы. Уақыты — 45 минут.""",
            ru="""# Контроль в конце линии: вероятность

В конце линии завода проверяется каждый автомобиль; вероятность того, что автомобиль окажется с дефектом, $p = 0{,}02$,
дефекты разных автомобилей независимы. Линия выпускает 120 автомобилей в день, доработка одного автомобиля с
дефектом занимает в среднем 35 минут. В этом задании вы вычислите вероятности дефектов, сравните моделирование с
формулой и спроектируете в лаборатории план выборочного контроля. Числа вымышленные, но правдоподобные.
Время — 45 минут.""",
            en="""# End-of-line inspection: probability

At the end of the plant's line every car is checked; a car is defective with probability $p = 0.02$, and the cars'
defects are independent of each other. The line makes 120 cars a day, and the rework of one defective car takes
35 minutes on average. In this assignment you compute the probabilities of defects, compare a simulation with the
formula and design a sampling plan in the lab. The numbers are fictional but plausible. Time: 45 minutes."""),
        a.formula(r"$$C_n^k=\frac{n!}{k!\,(n-k)!},\qquad P(X=k)=C_n^k\,p^k\,(1-p)^{n-k},\qquad "
                  r"P(X\le k)=\sum_{i=0}^{k}P(X=i)$$"),
        a.text(
            kk="""Белгілеулер: $n$ — автомобильдер саны, $p$ — бір автомобильдің ақаулы болу ықтималдығы, $X$ — $n$ автомобильдің
ішіндегі ақаулы автомобильдер саны, $C_n^k$ — терулер саны (Python-да `comb(n, k)`).

**Жауапты қалай жазу керек.** Ықтималдықты 0 мен 1 арасындағы сан ретінде беріңіз (`0.25`, ал 25 % емес);
жауапты есептейтін Python өрнегі де болады (`comb(5, 2) * 0.1`). Өлшем бірлігі бар шаманы `ureg` арқылы
жазыңыз: `3 * ureg.minute`. Бірінші код ұяшығындағы `n` әрпіне сан меншіктемеңіз. Әр тапсырманың
астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""Обозначения: $n$ — число автомобилей, $p$ — вероятность дефекта одного автомобиля, $X$ — число автомобилей с
дефектом среди $n$, $C_n^k$ — число сочетаний (в Python `comb(n, k)`).

**Как записывать ответы.** Вероятность давайте числом от 0 до 1 (`0.25`, а не 25 %); можно и выражение
Python, которое вычисляет ответ (`comb(5, 2) * 0.1`). Величину с единицей измерения записывайте через `ureg`:
`3 * ureg.minute`. Не присваивайте число букве `n` из первой ячейки кода. Запускайте тестовую ячейку под
каждой задачей: она проверяет форму ответа.""",
            en="""Notation: $n$ is the number of cars, $p$ the defect probability of one car, $X$ the number of defective cars
among $n$, $C_n^k$ the number of combinations (`comb(n, k)` in Python).

**How to write answers.** Give a probability as a number from 0 to 1 (`0.25`, not 25 %); a Python expression
that computes the answer is fine (`comb(5, 2) * 0.1`). Write a quantity with a unit through `ureg`:
`3 * ureg.minute`. Do not assign a number to the letter `n` of the first code cell. Run the test cell under
each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Ықтималдықтар", ru="## Часть А. Вероятности", en="## Part A. Probabilities"),
        a.task(1, 1, "A",
               kk="""Партияда $n$ автомобиль, әрқайсысы $p = 0{,}02$ ықтималдықпен ақаулы. Партияда бір де бір ақаулы автомобиль
болмау ықтималдығын $n$ арқылы sympy өрнегі ретінде жазыңыз: `P_none = ...` (жауаптың түрі, мысалы, `3*n**2`,
бірақ бұл жауап емес). Кез келген тепе-тең өрнек қабылданады.""",
               ru="""В партии $n$ автомобилей, каждый с дефектом с вероятностью $p = 0{,}02$. Запишите вероятность того, что в
партии нет ни одного автомобиля с дефектом, как выражение sympy через $n$: `P_none = ...` (форма ответа, например,
`3*n**2`, но это не ответ). Принимается любое тождественно равное выражение.""",
               en="""A batch holds $n$ cars, each defective with probability $p = 0.02$. Write the probability that the batch
holds no defective car as a sympy expression in $n$: `P_none = ...` (the form of an answer is, for example,
`3*n**2`, which is not the answer). Any equivalent expression is accepted."""),
        a.answer("no-defect", "P_none = 0.98 ** n", hint=_msg(
            "P_none = ...  (n арқылы sympy өрнегі)", "P_none = ...  (выражение sympy через n)",
            "P_none = ...  (a sympy expression in n)")),
        a.tests("no-defect-test", 1, public=f"""assert isinstance(P_none, sp.Expr), pick({_msg("P_none — n әрпінен құрылған sympy өрнегі болуы керек.", "P_none должно быть выражением sympy от n.", "P_none should be a sympy expression in n.")!r})
assert {{s.name for s in P_none.free_symbols}} <= {{"n"}}, pick({_msg("P_none өрнегінде тек n әрпі болуы керек.", "В выражении P_none может быть только буква n.", "P_none may use only the letter n.")!r})
advise(self_check(P_none, "{token['no-defect']}"))""",
                hidden=_hidden_no_defect()),

        a.task(2, 1, "A",
               kk="""Ауысымда 60 автомобиль шықты. Олардың дәл екеуі ақаулы болу ықтималдығы қандай? `P_two = ...` (0 мен 1
арасындағы сан, 1 % дәлдікпен).""",
               ru="""За смену вышло 60 автомобилей. Какова вероятность того, что ровно два из них с дефектом? `P_two = ...`
(число от 0 до 1, с точностью до 1 %).""",
               en="""A shift made 60 cars. What is the probability that exactly two of them are defective? `P_two = ...` (a
number from 0 to 1, within 1 %)."""),
        a.answer("exactly-two", "P_two = comb(60, 2) * 0.02**2 * 0.98**58", before="# P_two = ..."),
        a.tests("exactly-two-test", 1, public=_number_test("P_two", token["exactly-two"]),
                hidden=_hidden_numeric("P_two", 0.2193540452165986, "exactly-two", rtol=0.01)),

        a.task(3, 1, "A",
               kk="""Желі күніне 120 автомобиль шығарады. Ақаулы автомобильдерді жөндеуге күніне орта есеппен қанша уақыт
кетеді? `rework = ... * ureg.minute` (басқа уақыт бірлігі де қабылданады; 1 % дәлдікпен).""",
               ru="""Линия выпускает 120 автомобилей в день. Сколько времени в среднем уходит в день на доработку автомобилей
с дефектом? `rework = ... * ureg.minute` (принимается и другая единица времени; с точностью до 1 %).""",
               en="""The line makes 120 cars a day. How much time a day does the rework of the defective cars take on average?
`rework = ... * ureg.minute` (another unit of time is accepted too; within 1 %)."""),
        a.answer("rework", "rework = 120 * 0.02 * 35 * ureg.minute", before="# rework = ... * ureg.minute"),
        a.tests("rework-test", 1, public=f"""require(compare(rework, "min", mode="dimension"))
advise(self_check(rework, "{token['rework']}"))""",
                hidden=_hidden_units()),

        a.task(4, 2, "B",
               kk="""Ауысымдағы 60 автомобильдің ең көбі екеуі ақаулы болу ықтималдығы қандай? `P_at_most_2 = ...` (0 мен 1
арасындағы сан, $0{,}5$ % дәлдікпен).""",
               ru="""Какова вероятность того, что из 60 автомобилей смены с дефектом не больше двух? `P_at_most_2 = ...`
(число от 0 до 1, с точностью до $0{,}5$ %).""",
               en="""What is the probability that at most two of the shift's 60 cars are defective? `P_at_most_2 = ...` (a
number from 0 to 1, within $0.5$ %)."""),
        a.answer("at-most-two", "P_at_most_2 = sum(comb(60, k) * 0.02**k * 0.98**(60 - k) for k in range(3))",
                 before="# P_at_most_2 = ..."),
        a.tests("at-most-two-test", 2, public=_number_test("P_at_most_2", token["at-most-two"]),
                hidden=_hidden_numeric("P_at_most_2", 0.8812579748786624, "at-most-two", rtol=0.005, points=2)),

        a.task(5, 2, "B",
               kk="""Ақау ықтималдығы $0{,}02$. Тексерілген автомобильдердің ішінде кемінде бір ақаулы автомобиль болу
ықтималдығы кемінде $0{,}95$ болуы үшін ең аз дегенде неше автомобиль тексеру керек? $n$-нің мәндерін 1-сабақтың
1-мысалындағыдай байқап көріңіз немесе Python циклімен іздеңіз. `n_check = ...` (автомобильдердің бүтін саны,
мысалы, `n_check = 10`, бұл жауап емес).""",
               ru="""Вероятность дефекта $0{,}02$. Какое наименьшее число автомобилей надо проверить, чтобы среди них хотя бы
один с дефектом оказался с вероятностью не меньше $0{,}95$? Перебирайте значения $n$, как в примере 1 урока 1, или
ищите циклом в Python. `n_check = ...` (целое число автомобилей, например, `n_check = 10`, это не ответ).""",
               en="""The defect probability is $0.02$. What is the smallest number of cars to check so that at least one
defective car is among them with probability at least $0.95$? Try values of $n$ as in example 1 of lesson 1, or
search with a Python loop. `n_check = ...` (a whole number of cars, for example `n_check = 10`, which is not the
answer)."""),
        a.answer("sample-size", "n_check = 149", before="# n_check = ..."),
        a.tests("sample-size-test", 2, public=_number_test("n_check", token["sample-size"], whole=True),
                hidden=_hidden_numeric("n_check", 149, "sample-size", rtol=1e-9, points=2)),

        a.task(6, 2, "B",
               kk="""`prob_at_most(n, k, p)` функциясын жазыңыз: ол $n$ автомобильдің ең көбі $k$-сы ақаулы болу ықтималдығын
$P(X \\le k)$ қайтарсын ($p$ — бір автомобильдің ақаулы болу ықтималдығы). `comb` функциясы бірінші ұяшықта бар.
Мысалы, `prob_at_most(2, 0, 0.5)` нәтижесі `0.25`. Функция $n \\le 80$, $0 \\le p \\le 1$ және $k \\ge 0$
болғанда, $k > n$ болғанда да тексеріледі; әр шақыру бір секундта аяқталуы керек.""",
               ru="""Напишите функцию `prob_at_most(n, k, p)`, которая возвращает вероятность $P(X \\le k)$ того, что из $n$
автомобилей с дефектом не больше $k$ ($p$ — вероятность дефекта одного автомобиля). Функция `comb` есть в первой
ячейке. Например, `prob_at_most(2, 0, 0.5)` даёт `0.25`. Функцию проверяют при $n \\le 80$, $0 \\le p \\le 1$ и
$k \\ge 0$, в том числе при $k > n$; каждый вызов должен завершаться за секунду.""",
               en="""Write a function `prob_at_most(n, k, p)` that returns the probability $P(X \\le k)$ that at most $k$ of $n$
cars are defective ($p$ is the defect probability of one car). The function `comb` is in the first cell. For
example, `prob_at_most(2, 0, 0.5)` gives `0.25`. The function is checked with $n \\le 80$, $0 \\le p \\le 1$
and $k \\ge 0$, $k > n$ included; each call must finish within a second."""),
        a.answer("at-most-function", """def prob_at_most(n, k, p):
    total = 0
    for i in range(min(k, n) + 1):
        total = total + comb(n, i) * p**i * (1 - p)**(n - i)
    return total""", hint=_msg(
            "def prob_at_most(n, k, p): ... P(X = i) ықтималдықтарын i = 0, 1, ..., k үшін қосыңыз",
            "def prob_at_most(n, k, p): ... сложите P(X = i) для i = 0, 1, ..., k",
            "def prob_at_most(n, k, p): ... add P(X = i) for i = 0, 1, ..., k")),
        a.tests("at-most-function-test", 2, public=f"""assert callable(prob_at_most), pick({_msg("prob_at_most — функция болуы керек (def prob_at_most(n, k, p): ...).", "prob_at_most должна быть функцией (def prob_at_most(n, k, p): ...).", "prob_at_most should be a function (def prob_at_most(n, k, p): ...).")!r})
assert abs(prob_at_most(2, 0, 0.5) - 0.25) < 1e-9, pick({_msg("prob_at_most(2, 0, 0.5) тапсырмадағы мысалдағыдай 0.25 беруі керек.", "prob_at_most(2, 0, 0.5) должна давать 0.25, как в примере задачи.", "prob_at_most(2, 0, 0.5) should give 0.25, as in the task's example.")!r})""",
                hidden="""from hypothesis import strategies as st
require(check_function(prob_at_most, quality.probability_at_most,
                       inputs=[(2, 0, 0.5), (50, 1, 0.02), (60, 2, 0.02), (10, 10, 0.3), (5, 7, 0.4), (20, 0, 0.0),
                               (20, 3, 1.0), (1, 0, 0.9), (30, 4, 0.1)],
                       strategy=st.tuples(st.integers(0, 80), st.integers(0, 12),
                                          st.sampled_from([0.0, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 0.9])),
                       rtol=1e-6, atol=1e-12, max_examples=100))"""),

        a.text(kk="## Ә бөлім. Модельдеу және іріктеп бақылау", ru="## Часть Б. Моделирование и выборочный контроль",
               en="## Part B. Simulation and sampling"),
        a.task(7, 3, "C", locked_id="simulation-prompt",
               kk="""Зертхана 50 автомобильдің ауысымдарын модельдеді ($p = 0{,}02$). Ең көбі бір ақаулы автомобиль болған
ауысымдардың салыстырмалы жиілігі 20 ауысымда $0{,}8$, 200 ауысымда $0{,}71$, 500 ауысымда $0{,}752$ болды.
(а) Формула бойынша $P(X \\le 1)$ ықтималдығын есептеңіз. 20 ауысымдағы $0{,}8$ формуланың қате екенін көрсете
ме? (ә) Ауысымдар көбейгенде жиілік пен ықтималдықтың айырмасы қалай өзгереді және неге? (б) Шебер: «2 % — әр 50
автомобильдің біреуі, ақаусыз ауысым болмауы керек». Оған есептеулермен жауап беріңіз. Жауапты төмендегі ұяшыққа
сөзбен және есептеулермен жазыңыз.""",
               ru="""Лаборатория смоделировала смены по 50 автомобилей ($p = 0{,}02$). Относительная частота смен, в которых не
больше одного автомобиля с дефектом, за 20 смен была $0{,}8$, за 200 смен — $0{,}71$, за 500 смен — $0{,}752$.
(а) Вычислите по формуле вероятность $P(X \\le 1)$. Показывает ли $0{,}8$ за 20 смен, что формула неверна?
(б) Как меняется разница между частотой и вероятностью, когда смен становится больше, и почему? (в) Мастер:
«2 % — это один из каждых 50 автомобилей, смен без дефектов быть не должно». Ответьте ему с вычислениями.
Напишите ответ словами и с вычислениями в ячейке ниже.""",
               en="""The lab simulated shifts of 50 cars ($p = 0.02$). The relative frequency of shifts with at most one
defective car was $0.8$ in 20 shifts, $0.71$ in 200 shifts and $0.752$ in 500 shifts. (a) Compute the probability
$P(X \\le 1)$ by the formula. Does the $0.8$ of 20 shifts show that the formula is wrong? (b) How does the
difference between the frequency and the probability change as the shifts add up, and why? (c) The foreman says:
"2 % means one car in every 50, so there should be no shift without a defect." Answer him with calculations. Write
your answer in words and with calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: $P(X \\le 1) = 0{,}98^{50} + 50 \\cdot 0{,}02 \\cdot 0{,}98^{49} \\approx 0{,}364 + 0{,}372 = 0{,}736$;
  20 ауысым — аз, $0{,}8$ кездейсоқ ауытқу, формуланы жоққа шығармайды.
* 1 ұпай: айырмалар $0{,}064$, $0{,}026$, $0{,}016$ — ауысымдар көбейген сайын кішірейеді: көп қайталағанда
  салыстырмалы жиілік ықтималдыққа жақындайды, бірақ нөлге дәл тең болмауы мүмкін.
* 1 ұпай: ақаусыз ауысымның ықтималдығы $0{,}98^{50} \\approx 0{,}364$: ауысымдардың үштен біріндей ақаусыз;
  дәл бір ақау тек $0{,}372$; 2 % — орташа мән ($np = 1$), әр ауысымның саны емес.""",
                   "ru": """* 1 балл: $P(X \\le 1) = 0{,}98^{50} + 50 \\cdot 0{,}02 \\cdot 0{,}98^{49} \\approx 0{,}364 + 0{,}372 = 0{,}736$;
  20 смен — мало, $0{,}8$ — случайное отклонение, формулу оно не опровергает.
* 1 балл: разницы $0{,}064$, $0{,}026$, $0{,}016$ уменьшаются с ростом числа смен: при многократном повторении
  относительная частота приближается к вероятности, но может и не совпасть с ней точно.
* 1 балл: вероятность смены без дефектов $0{,}98^{50} \\approx 0{,}364$: около трети смен без дефектов; ровно один
  дефект лишь с вероятностью $0{,}372$; 2 % — среднее ($np = 1$), а не число в каждой смене.""",
                   "en": """* 1 point: $P(X \\le 1) = 0.98^{50} + 50 \\cdot 0.02 \\cdot 0.98^{49} \\approx 0.364 + 0.372 = 0.736$;
  20 shifts are few, $0.8$ is a random deviation and does not refute the formula.
* 1 point: the differences $0.064$, $0.026$, $0.016$ shrink as the shifts add up: over many repetitions the
  relative frequency comes close to the probability, though it need not equal it exactly.
* 1 point: a shift without a defect has probability $0.98^{50} \\approx 0.364$: about a third of the shifts have
  none; exactly one defect only $0.372$; 2 % is an average ($np = 1$), not the count of every shift."""}),
        a.written("simulation", 3, """**Model answer (en).** (a) $P(X \\le 1) = P(X = 0) + P(X = 1) = 0.98^{50} + 50 \\cdot 0.02 \\cdot
0.98^{49} \\approx 0.364 + 0.372 = 0.736$. In only 20 shifts the frequency $0.8$ (16 shifts of 20) can easily be
off by a few shifts by chance; it does not show the formula wrong. (b) The differences from $0.736$ are $0.064$ in
20 shifts, $0.026$ in 200 and $0.016$ in 500: they shrink, because over many shifts the random good and bad
shifts even out and the relative frequency comes close to the probability; it still need not be exactly equal.
(c) $np = 50 \\cdot 0.02 = 1$ is the average. A shift without a defect has probability $0.98^{50} \\approx 0.364$:
about one shift in three has none, so a shift of 50 good cars does not mean the test stand is broken; exactly one
defect has probability only $0.372$.

**Үлгі жауап (kk).** (а) $P(X \\le 1) = P(X = 0) + P(X = 1) = 0{,}98^{50} + 50 \\cdot 0{,}02 \\cdot 0{,}98^{49}
\\approx 0{,}364 + 0{,}372 = 0{,}736$. Тек 20 ауысымда $0{,}8$ жиілігі (20 ауысымның 16-сы) кездейсоқ бірнеше
ауысымға ауытқуы мүмкін; бұл формуланың қате екенін көрсетпейді. (ә) $0{,}736$-дан айырмалар: 20 ауысымда
$0{,}064$, 200 ауысымда $0{,}026$, 500 ауысымда $0{,}016$: олар кішірейеді, себебі көп ауысымда кездейсоқ жақсы
және нашар ауысымдар теңеседі де, салыстырмалы жиілік ықтималдыққа жақындайды; бірақ дәл тең болмауы мүмкін.
(б) $np = 50 \\cdot 0{,}02 = 1$ — орташа мән. Ақаусыз ауысымның ықтималдығы $0{,}98^{50} \\approx 0{,}364$: шамамен
үш ауысымның біреуі ақаусыз, сондықтан 50 ақаусыз автомобиль тексеру құралы бұзылғанын білдірмейді; дәл бір
ақаудың ықтималдығы тек $0{,}372$.

**Образец ответа (ru).** (а) $P(X \\le 1) = P(X = 0) + P(X = 1) = 0{,}98^{50} + 50 \\cdot 0{,}02 \\cdot
0{,}98^{49} \\approx 0{,}364 + 0{,}372 = 0{,}736$. За 20 смен частота $0{,}8$ (16 смен из 20) легко может случайно
отличаться на несколько смен; это не показывает, что формула неверна. (б) Разницы с $0{,}736$: $0{,}064$ за 20
смен, $0{,}026$ за 200, $0{,}016$ за 500: они уменьшаются, потому что за много смен случайные хорошие и плохие
смены уравновешиваются и относительная частота приближается к вероятности; точно равной она быть не обязана.
(в) $np = 50 \\cdot 0{,}02 = 1$ — среднее. Вероятность смены без дефектов $0{,}98^{50} \\approx 0{,}364$: примерно
каждая третья смена без дефектов, так что 50 автомобилей без дефектов не значат, что сломан прибор контроля;
ровно один дефект бывает лишь с вероятностью $0{,}372$."""),

        a.task(8, 2, "C",
               kk="""Іріктеп бақылау жоспарын жобалаңыз: партиядан (шамамен 1000 автомобиль) $n$ автомобиль тексеріледі, ақаулылары $c$-дан көп болмаса,
партия қабылданады. Жақсы партия (1 % ақау) кемінде $0{,}9$ ықтималдықпен қабылдансын; нашар партия (8 % ақау)
ең көбі $0{,}1$ ықтималдықпен қабылдансын; ең көбі 80 автомобиль тексерілсін. Зертханада $n$ мен $c$-ны таңдап,
**Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына
көшіріңіз.""",
               ru="""Спроектируйте план выборочного контроля: из партии (около 1000 автомобилей) проверяют $n$ автомобилей, и если с дефектом не больше
$c$, партию принимают. Хорошая партия (1 % дефектов) принимается с вероятностью не меньше $0{,}9$; плохая партия
(8 % дефектов) — с вероятностью не больше $0{,}1$; проверяют не больше 80 автомобилей. Подберите в лаборатории
$n$ и $c$, нажмите **Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает
лаборатория.""",
               en="""Design a sampling plan: $n$ cars of a batch (about 1000 cars) are checked, and the batch is accepted when at most $c$ of them
are defective. A good batch (1 % defective) is accepted with probability at least $0.9$; a bad batch (8 %
defective) with probability at most $0.1$; at most 80 cars are checked. Choose $n$ and $c$ in the lab, press
**Check the design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""quality.make_lab("sampling-plan")"""),
        a.answer("design", "design = {'n': 50, 'c': 1}", before="# design = {'n': ..., 'c': ...}"),
        a.tests("design-test", 2, public=f"""assert isinstance(design, dict) and {{"n", "c"}} <= set(design), pick({_msg("design = {'n': ..., 'c': ...} (зертхана көрсететін жол)", "design = {'n': ..., 'c': ...} (строка, которую показывает лаборатория)", "design = {'n': ..., 'c': ...} (the line the lab shows)")!r})
advise(check_design(design, quality.DESIGN_SPEC, model=quality.design_result))""",
                hidden="""require(check_design(design, quality.DESIGN_SPEC, model=quality.design_result))"""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


# -- the hidden checks, written out (the grader decides them outside the student's kernel) ---------------------

def _rule_code(rule_args: list[tuple[str, str, dict[str, str]]]) -> str:
    lines = []
    for value, code, message in rule_args:
        lines.append(f"    rules.wrong_answer({value}, code={code!r}, message={message!r}),")
    return "\n".join(lines)


def _mistakes(item: str) -> list[tuple[str, str, dict[str, str]]]:
    """The known mistakes of an item as (the wrong value's code, the rule's code, its message)."""
    values = {
        "no-defect": ["1 - 0.02**n", "0.98 * n"],
        "exactly-two": ["0.02**2 * 0.98**58", "1770 * 0.02**2 * 0.98**60"],
        "rework": ["120 * 35 * ureg.minute", "35 * ureg.minute"],
        "at-most-two": ["0.2193540452165986", "1 - 0.8812579748786624", "0.583704832186542"],
        "sample-size": ["148", "48", "3"],
    }[item]
    return [(value, rule.code, dict(rule.message)) for value, rule in zip(values, _rules()[item])]


def _hidden_no_defect() -> str:
    return f"""from curriculum.check import rules
require(compare(P_none, 0.98**n, rules=[
{_rule_code(_mistakes("no-defect"))}
]))"""


def _hidden_numeric(name: str, expected: float, item: str, *, rtol: float, points: float | None = None) -> str:
    extra = f", points={points:g}" if points else ""
    return f"""from curriculum.check import rules
require(compare({name}, {expected!r}, mode="numeric", rtol={rtol!r}, rules=[
{_rule_code(_mistakes(item))}
]){extra})"""


def _hidden_units() -> str:
    return f"""from curriculum.check import rules
require(compare(rework, "84 min", mode="units", rtol=0.01, rules=[
{_rule_code(_mistakes("rework"))}
]))"""


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "quality.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
