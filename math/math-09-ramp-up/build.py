"""Writes math-09-ramp-up's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python math/math-09-ramp-up/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_math_09_ramp_up.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the plans in ``module.yml``'s context or comes from the lab's model
(``curriculum.labs.ramp_up``); the module's test pins each one to the model.
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
MODULE = "math-09-ramp-up"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """import sympy as sp
from curriculum.i18n import pick
from curriculum.labs import ramp_up"""


# -- lesson 1: the same step every day ------------------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Өндірісті игеру, 1-сабақ. Күн сайын бірдей қадам

Зауыт жаңа кроссовер шығара бастады. Бірінші күні құрастыру желісі тек 12 автомобиль жасады: адамдар жаңа
операцияларды әлі үйреніп жатыр. Жоспар бойынша шығарылым күн сайын 6 автомобильге өседі, ал желі **жобалық
қуатына** (full rate) — күніне 120 автомобильге жеткенде өсу тоқтайды. Мұндай кезеңді **өндірісті игеру**
(ramp-up) деп атайды. Жоспарлау бөлімі екі сұраққа жауап күтеді: желі жобалық қуатқа қай күні жетеді және оған
дейін дилерлер үшін неше автомобиль жасайды? (Зауыттың сандары ойдан алынған, бірақ шынайы.)""",
            ru="""# Освоение производства, урок 1. Каждый день один и тот же шаг

Завод начал выпускать новый кроссовер. В первый день сборочная линия сделала всего 12 автомобилей: люди ещё
осваивают новые операции. По плану выпуск каждый день растёт на 6 автомобилей, а когда линия выйдет на
**проектную мощность** (full rate) — 120 автомобилей в день, — рост прекратится. Такой период называют
**освоением производства** (ramp-up). Отдел планирования ждёт ответа на два вопроса: в какой день линия выйдет на
проектную мощность и сколько автомобилей для дилеров она к этому времени сделает? (Числа завода вымышленные, но
правдоподобные.)""",
            en="""# Ramp-up, lesson 1. The same step every day

The plant has started building a new crossover. On the first day the assembly line made only 12 cars: people are
still learning the new operations. The plan adds 6 cars to the output every day, and the growth stops when the
line reaches its **full rate** of 120 cars a day. This period is the **ramp-up**. The planning office wants two
answers: on which day does the line reach its full rate, and how many cars will it have made for the dealers by then?
(The plant's numbers are fictional but plausible.)"""),
        a.text(
            kk="""## 1. Сан тізбегі және арифметикалық прогрессия

Күндердің шығарылымдарын ретімен жазайық: $a_1 = 12$, $a_2 = 18$, $a_3 = 24$, ... Бұл — **сан тізбегі**:
әр күннің нөміріне $n$ бір сан $a_n$ сәйкес келеді. Әрбір келесі мүшесі алдыңғысына бір ғана $d$ санын қосқанда
шығатын тізбек **арифметикалық прогрессия** деп аталады, ал $d$ — прогрессияның **айырымы**. Біздің жоспарда $d = 6$.

$n$-күнге дейін неше қадам бар? 1-күннен 2-күнге — бір қадам, 1-күннен 3-күнге — екі қадам, ал 1-күннен
$n$-күнге дейін $n - 1$ қадам: 1-күні әлі ештеңе қосылмаған. Сондықтан **n-ші мүшесінің формуласы**:""",
            ru="""## 1. Числовая последовательность и арифметическая прогрессия

Выпишем выпуск по дням: $a_1 = 12$, $a_2 = 18$, $a_3 = 24$, ... Это **числовая последовательность**: каждому
номеру дня $n$ соответствует число $a_n$. Последовательность, в которой каждый следующий член получается из
предыдущего прибавлением одного и того же числа $d$, называется **арифметической прогрессией**, а $d$ —
**разностью** прогрессии. В нашем плане $d = 6$.

Сколько шагов до дня $n$? От 1-го дня до 2-го — один шаг, от 1-го до 3-го — два шага, а от 1-го дня до дня $n$ —
$n - 1$ шагов: в 1-й день ещё ничего не прибавлено. Поэтому **формула n-го члена**:""",
            en="""## 1. A sequence and an arithmetic progression

Let us write down the output day by day: $a_1 = 12$, $a_2 = 18$, $a_3 = 24$, ... This is a **sequence**: each day's
number $n$ has a number $a_n$. A sequence in which each term is the one before plus the same number $d$ is an
**arithmetic progression**, and $d$ is its **common difference**. In our plan $d = 6$.

How many steps are there up to day $n$? From day 1 to day 2 one step, from day 1 to day 3 two steps, and from day 1
to day $n$ there are $n - 1$ steps: on day 1 nothing has been added yet. So the **formula of the nth term** is"""),
        a.formula(r"$$a_n = a_1 + (n-1)\,d$$"),
        a.example(
            kk="""### 1-мысал

$a_1 = 12$, $d = 6$. Оныншы күні желі $a_{10} = 12 + 9 \\cdot 6 = 66$ автомобиль жасайды.

Шығарылым алғаш рет қай күні кемінде 100 автомобиль болады? $12 + (n - 1) \\cdot 6 \\ge 100$ теңсіздігінен
$n - 1 \\ge 88/6 \\approx 14{,}67$. Қадамдар саны — бүтін сан, сондықтан жоғары қарай дөңгелектейміз:
$n - 1 = 15$, яғни $n = 16$. Тексеру: $a_{15} = 96 < 100$, ал $a_{16} = 102 \\ge 100$. Төмен қарай дөңгелектесек,
100 автомобиль әлі жасалмаған күнді аламыз.""",
            ru="""### Пример 1

$a_1 = 12$, $d = 6$. В десятый день линия делает $a_{10} = 12 + 9 \\cdot 6 = 66$ автомобилей.

В какой день выпуск впервые будет не меньше 100 автомобилей? Из неравенства $12 + (n - 1) \\cdot 6 \\ge 100$
получаем $n - 1 \\ge 88/6 \\approx 14{,}67$. Число шагов целое, поэтому округляем вверх: $n - 1 = 15$, то есть
$n = 16$. Проверка: $a_{15} = 96 < 100$, а $a_{16} = 102 \\ge 100$. Если округлить вниз, получится день, когда
100 автомобилей ещё не сделано.""",
            en="""### Example 1

$a_1 = 12$, $d = 6$. On the tenth day the line makes $a_{10} = 12 + 9 \\cdot 6 = 66$ cars.

On which day is the output at least 100 cars for the first time? From $12 + (n - 1) \\cdot 6 \\ge 100$ we get
$n - 1 \\ge 88/6 \\approx 14.67$. A number of steps is whole, so we round up: $n - 1 = 15$, that is $n = 16$. Check:
$a_{15} = 96 < 100$ and $a_{16} = 102 \\ge 100$. Rounding down would give a day on which 100 cars are not made
yet."""),
        a.code("""a1, d = 12, 6
print([ramp_up.arithmetic_term(a1, d, n) for n in range(1, 17)])
print("a_10 =", ramp_up.arithmetic_term(a1, d, 10))
# [kk] шығарылым алғаш рет кемінде 100 болатын күн:
# [ru] первый день, когда выпуск не меньше 100:
# [en] the first day with an output of at least 100:
print(ramp_up.first_day_arithmetic(a1, d, 100))""", role="example"),
        a.text(
            kk="""## 2. Алғашқы n күнде неше автомобиль?

Он күннің шығарылымын қосу керек: $S_{10} = 12 + 18 + \\dots + 66$. Есептемес бұрын бағалаңыз: күндер 12-ден
66-ға дейін өседі, орта есеппен күніне шамамен 40 автомобиль, демек он күнде шамамен 400.

Енді дәл есептейік. Қосындыны екі рет жазайық: бір рет басынан, бір рет соңынан. Бірінші мен соңғы мүше, екінші
мен соңғының алдындағы мүше, ... — әр жұптың қосындысы бірдей: $12 + 66 = 18 + 60 = \\dots = 78$. Он жұп бар,
сондықтан $2S_{10} = 10 \\cdot 78$. Прогрессияның **алғашқы n мүшесінің қосындысы**:""",
            ru="""## 2. Сколько автомобилей за первые n дней?

Нужно сложить выпуск десяти дней: $S_{10} = 12 + 18 + \\dots + 66$. Сначала оцените: дни растут от 12 до 66,
в среднем около 40 автомобилей в день, значит за десять дней около 400.

Теперь точно. Запишем сумму дважды: один раз с начала, другой раз с конца. Первый и последний член, второй и
предпоследний, ... — сумма каждой пары одна и та же: $12 + 66 = 18 + 60 = \\dots = 78$. Пар десять, поэтому
$2S_{10} = 10 \\cdot 78$. **Сумма первых n членов** прогрессии:""",
            en="""## 2. How many cars in the first n days?

We need to add up ten days: $S_{10} = 12 + 18 + \\dots + 66$. Estimate first: the days grow from 12 to 66, about 40
cars a day on average, so about 400 in ten days.

Now exactly. Write the sum twice, once from the start and once from the end. The first and the last term, the
second and the last but one, ...: every pair adds up to the same $12 + 66 = 18 + 60 = \\dots = 78$. There are ten
pairs, so $2S_{10} = 10 \\cdot 78$. The **sum of the first n terms** of the progression is"""),
        a.formula(r"$$S_n=\frac{a_1+a_n}{2}\cdot n=\frac{2a_1+(n-1)\,d}{2}\cdot n$$"),
        a.example(
            kk="""### 2-мысал

$S_{10} = \\frac{12 + 66}{2} \\cdot 10 = 390$: бағалауымыз (шамамен 400) жақын болды. Желі жобалық қуатқа
қай күні жетеді? $12 + (n - 1) \\cdot 6 \\ge 120$ теңсіздігінен $n - 1 \\ge 18$, яғни $n = 19$. Сол күннің соңына
дейін желі $S_{19} = \\frac{12 + 120}{2} \\cdot 19 = 1254$ автомобиль жасайды. Келесі ұяшық қосындыны $n$
арқылы sympy көмегімен жазады.""",
            ru="""### Пример 2

$S_{10} = \\frac{12 + 66}{2} \\cdot 10 = 390$: оценка (около 400) была близка. В какой день линия выйдет на
проектную мощность? Из $12 + (n - 1) \\cdot 6 \\ge 120$ получаем $n - 1 \\ge 18$, то есть $n = 19$. К концу этого
дня линия сделает $S_{19} = \\frac{12 + 120}{2} \\cdot 19 = 1254$ автомобиля. Следующая ячейка записывает сумму
через $n$ с помощью sympy.""",
            en="""### Example 2

$S_{10} = \\frac{12 + 66}{2} \\cdot 10 = 390$: the estimate (about 400) was close. On which day does the line
reach its full rate? From $12 + (n - 1) \\cdot 6 \\ge 120$ we get $n - 1 \\ge 18$, that is $n = 19$. By the end of
that day the line has made $S_{19} = \\frac{12 + 120}{2} \\cdot 19 = 1254$ cars. The next cell writes the sum in
terms of $n$ with sympy."""),
        a.code("""n = sp.Symbol("n", positive=True)
S = sp.expand((2 * 12 + (n - 1) * 6) / 2 * n)
print("S_n =", S)
print("S_10 =", S.subs(n, 10), "=", ramp_up.arithmetic_sum(12, 6, 10))
print(ramp_up.first_day_arithmetic(12, 6, 120), ramp_up.arithmetic_sum(12, 6, 19))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Айгерім былай дейді: «Оныншы күні желі $12 + 10 \\cdot 6 = 72$ автомобиль жасайды». Бекзат қосады: «Он күнде
барлығы $10 \\cdot 66 = 660$ автомобиль». Екеуімен де келісесіз бе? Төмендегі ұяшық күндерді тізіп шығарады:
72 автомобиль қай күні жасалады? Бекзат қай күндерді тым көп санады?""",
            ru="""### Верно ли?

Айгерим говорит: «В десятый день линия делает $12 + 10 \\cdot 6 = 72$ автомобиля». Бекзат добавляет: «За десять
дней всего $10 \\cdot 66 = 660$ автомобилей». Согласны с обоими? Ячейка ниже выписывает дни: в какой день
делается 72 автомобиля? Какие дни Бекзат посчитал слишком большими?""",
            en="""### Is it true?

Aigerim says: "On the tenth day the line makes $12 + 10 \\cdot 6 = 72$ cars." Bekzat adds: "In ten days that is
$10 \\cdot 66 = 660$ cars in all." Do you agree with both? The cell below lists the days: on which day are 72 cars
made? Which days did Bekzat count as too large?"""),
        a.code("""days = [ramp_up.arithmetic_term(12, 6, n) for n in range(1, 12)]
print(days)
print(sum(days[:10]), ramp_up.arithmetic_sum(12, 6, 10))""", role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана дәл осы жоспардан басталады: бірінші күні 12 автомобиль, күн сайын +6. ▶ батырмасын баспас бұрын
бағалаңыз: айырым екі есе үлкейіп, күніне 12 автомобиль болса, желі жобалық қуатқа екі есе ерте, яғни
шамамен $9{,}5$-күні жете ме? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория начинается с этого же плана: 12 автомобилей в первый день, каждый день +6. Прежде чем нажать кнопку
▶, оцените: если разность вдвое больше, 12 автомобилей в день, выйдет ли линия на проектную мощность вдвое
раньше, примерно на $9{,}5$-й день? Запишите предсказание в тетрадь.""",
            en="""### Predict first

The lab starts with the same plan: 12 cars on the first day, +6 every day. Before you press ▶, estimate: if the
difference doubles to 12 cars a day, does the line reach its full rate twice as early, on about day $9.5$? Write
your prediction down."""),
        a.lab("""lab = ramp_up.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. ▶ батырмасын басыңыз: күндер өтеді, алаң дайын автомобильдерге толады. 10-күнде тоқтаңыз. Көк бағандар мен
   көк автомобильдер 1-мысал мен 2-мысалдағы 66 және 390 сандарын қалай көрсетеді?
2. Айырым $d$-ны 12-ге қойыңыз. Желі жобалық қуатқа қай күні жетеді? Болжамыңыз расталды ма? Неге?
3. Қызғылт сары жоспар күн сайын бірдей пайызға өседі. Оның «Алдыңғы күнмен салыстырғандағы өсім» жолын 2-күні
   және 10-күні көк жоспардікімен салыстырыңыз. Не байқадыңыз? Бұған келесі сабақта ораламыз.""",
            ru="""### Исследуйте

1. Нажмите кнопку ▶: идут дни, площадка заполняется готовыми автомобилями. Остановитесь на 10-м дне. Как синие
   столбики и синие машины показывают числа 66 и 390 из примеров 1 и 2?
2. Поставьте разность $d$ на 12. В какой день линия выходит на проектную мощность? Подтвердилось ли
   предсказание? Почему?
3. Оранжевый план каждый день растёт на один и тот же процент. Сравните его строку «Прирост по сравнению с
   предыдущим днём» во 2-й и 10-й день с синим планом. Что вы заметили? К этому мы вернёмся на следующем уроке.""",
            en="""### Explore

1. Press ▶: the days go by and the yard fills with finished cars. Stop at day 10. How do the blue bars and the blue
   cars show the numbers 66 and 390 of examples 1 and 2?
2. Set the difference $d$ to 12. On which day does the line reach its full rate? Was your prediction right? Why?
3. The orange plan grows by the same percentage every day. Compare its row "Increase from the day before" on days
   2 and 10 with the blue plan's. What do you notice? We come back to it in the next lesson."""),
        a.summary(
            kk="""## Қорытынды

* **Өндірісті игеру** кезінде шығарылым күннен-күнге өседі, ал желі **жобалық қуатқа** жеткенде өсу тоқтайды;
  жобалық қуат — желі есептелген күндік автомобильдер саны.
* Күндердің шығарылымдары — сан тізбегі. Әр күн алдыңғысына бірдей $d$ қосса, бұл **арифметикалық прогрессия**,
  ал $d$ — оның **айырымы**: $a_n = a_1 + (n - 1)\\,d$ (1-күннен $n$-күнге дейін $n - 1$ қадам).
* **Алғашқы n мүшесінің қосындысы** $S_n = \\frac{a_1 + a_n}{2} \\cdot n$: орташа күнгі шығарылым күндер санына көбейтіледі.
* Шығарылым алғаш рет берілген саннан кем болмайтын күнді теңсіздіктен табамыз да, жоғары қарай дөңгелектейміз.""",
            ru="""## Итоги

* **Освоение производства** — период, когда выпуск растёт день ото дня, пока линия не выйдет на **проектную
  мощность** — число автомобилей в день, на которое рассчитана линия.
* Выпуск по дням — числовая последовательность. Если каждый день прибавляется одно и то же $d$, это
  **арифметическая прогрессия**, а $d$ — её **разность**: $a_n = a_1 + (n - 1)\\,d$ (от 1-го дня до дня $n$
  $n - 1$ шагов).
* **Сумма первых n членов** $S_n = \\frac{a_1 + a_n}{2} \\cdot n$: средний день, умноженный на число дней.
* Первый день, когда выпуск не меньше заданного, находим из неравенства и округляем вверх.""",
            en="""## Summary

* During the **ramp-up** the output grows day by day until the line reaches its **full rate**, the number of cars a
  day the line is built for.
* The outputs of the days are a sequence. When every day adds the same $d$, it is an **arithmetic progression**
  and $d$ is its **common difference**: $a_n = a_1 + (n - 1)\\,d$ (from day 1 to day $n$ there are $n - 1$ steps).
* The **sum of the first n terms** is $S_n = \\frac{a_1 + a_n}{2} \\cdot n$: the average day times the number of days.
* The first day with an output of at least a given number comes from an inequality, rounded up."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «$a_n$ формуласында $n$ емес, $n - 1$ тұр, себебі ...».
2. Қосындыны бағалау есептеуде қатені табуға қалай көмектесті?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «В формуле $a_n$ стоит $n - 1$, а не $n$, потому что ...».
2. Как оценка суммы помогла бы найти ошибку в вычислении?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "The formula of $a_n$ has $n - 1$, not $n$, because ..."
2. How would the estimate of the sum help you find a mistake in the calculation?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the same percentage every day, and the launch plan -------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Өндірісті игеру, 2-сабақ. Күн сайын бірдей пайыз

Басқа жоспарлаушы өзгеше жоспар ұсынады: бірінші күні 16 автомобиль, содан кейін шығарылым күн сайын 25 %-ға
өседі. Екінші күні 20, үшінші күні 25 автомобиль... Алғашқы күндері өсім аз, бірақ ол әр күн сайын үлкейеді.
Бұл жоспар жобалық қуатқа ертерек жеткізе ме? Ал адамдарды соншалықты тез оқытып үлгеру мүмкін бе?""",
            ru="""# Освоение производства, урок 2. Каждый день один и тот же процент

Другой плановик предлагает иной план: 16 автомобилей в первый день, а затем выпуск каждый день растёт на 25 %.
Во второй день 20, в третий 25 автомобилей... В первые дни прирост маленький, но он с каждым днём больше.
Выведет ли этот план линию на проектную мощность раньше? И успеют ли обучить людей так быстро?""",
            en="""# Ramp-up, lesson 2. The same percentage every day

Another planner proposes a different plan: 16 cars on the first day, and then the output grows by 25 % every day.
On the second day 20, on the third 25 cars... The increases are small at first, but each is larger than the one
before. Does this plan reach the full rate sooner? And can people be trained that fast?"""),
        a.text(
            kk="""## 3. Геометриялық прогрессия

25 %-ға өсу дегеніміз — алдыңғы күннің шығарылымын $1 + 25/100 = 1{,}25$ санына көбейту. Әрбір келесі мүшесі
алдыңғысын бір ғана $q$ санына көбейткенде шығатын тізбек **геометриялық прогрессия** деп аталады, ал $q$ —
прогрессияның **еселігі**. Күніне $p$ %-ға өсу — еселігі $q = 1 + p/100$ болатын прогрессия.

1-күннен $n$-күнге дейін $n - 1$ рет көбейтеміз, сондықтан $b_n = b_1 q^{n-1}$. Қосындыны табу үшін
$S_n = b_1 + b_1 q + \\dots + b_1 q^{n-1}$ теңдігін $q$-ге көбейтіп, одан $S_n$-ді шегереміз: ортадағы мүшелердің
бәрі жойылып, $qS_n - S_n = b_1 q^n - b_1$ қалады.""",
            ru="""## 3. Геометрическая прогрессия

Вырасти на 25 % — значит умножить выпуск предыдущего дня на $1 + 25/100 = 1{,}25$. Последовательность, в которой
каждый следующий член получается из предыдущего умножением на одно и то же число $q$, называется **геометрической
прогрессией**, а $q$ — **знаменателем** прогрессии. Рост на $p$ % в день — прогрессия со знаменателем
$q = 1 + p/100$.

От 1-го дня до дня $n$ мы умножаем $n - 1$ раз, поэтому $b_n = b_1 q^{n-1}$. Чтобы найти сумму, умножим равенство
$S_n = b_1 + b_1 q + \\dots + b_1 q^{n-1}$ на $q$ и вычтем из него $S_n$: все средние члены сократятся, и останется
$qS_n - S_n = b_1 q^n - b_1$.""",
            en="""## 3. A geometric progression

Growing by 25 % means multiplying the day before by $1 + 25/100 = 1.25$. A sequence in which each term is the one
before times the same number $q$ is a **geometric progression**, and $q$ is its **common ratio**. A growth of $p$ %
a day is a progression with common ratio $q = 1 + p/100$.

From day 1 to day $n$ we multiply $n - 1$ times, so $b_n = b_1 q^{n-1}$. To find the sum, multiply
$S_n = b_1 + b_1 q + \\dots + b_1 q^{n-1}$ by $q$ and take $S_n$ away: all the middle terms cancel and
$qS_n - S_n = b_1 q^n - b_1$ is left."""),
        a.formula(r"$$b_n=b_1\,q^{\,n-1},\qquad q=1+\frac{p}{100},\qquad S_n=\frac{b_1\,(q^n-1)}{q-1}\quad(q\neq 1)$$"),
        a.example(
            kk="""### 3-мысал

$b_1 = 16$, $p = 25$ %, демек $q = 1{,}25$: $b_2 = 20$, $b_3 = 25$, ал $b_5 = 16 \\cdot 1{,}25^4 = 39{,}0625
\\approx 39{,}1$ автомобиль. Алғашқы бес күннің қосындысын алдымен бағалаңыз: күндер 16-дан 39-ға дейін, орта
есеппен күніне шамамен 25, бес күнде шамамен 125. Формула бойынша $S_5 = \\frac{16\\,(1{,}25^5 - 1)}{0{,}25}
= 131{,}3125 \\approx 131{,}3$. Жобалық қуат: $b_{10} \\approx 119{,}2 < 120$, ал $b_{11} \\approx 149{,}0$, бірақ
желі 120-дан артық жасай алмайды: бұл жоспар бойынша желі $11$-күні жобалық қуатқа жетеді.""",
            ru="""### Пример 3

$b_1 = 16$, $p = 25$ %, значит $q = 1{,}25$: $b_2 = 20$, $b_3 = 25$, а $b_5 = 16 \\cdot 1{,}25^4 = 39{,}0625
\\approx 39{,}1$ автомобиля. Сумму за первые пять дней сначала оцените: дни от 16 до 39, в среднем около 25 в
день, за пять дней около 125. По формуле $S_5 = \\frac{16\\,(1{,}25^5 - 1)}{0{,}25} = 131{,}3125 \\approx 131{,}3$.
Проектная мощность: $b_{10} \\approx 119{,}2 < 120$, а $b_{11} \\approx 149{,}0$, но больше 120 линия сделать не
может: по этому плану линия выходит на проектную мощность на $11$-й день.""",
            en="""### Example 3

$b_1 = 16$ and $p = 25$ %, so $q = 1.25$: $b_2 = 20$, $b_3 = 25$, and $b_5 = 16 \\cdot 1.25^4 = 39.0625 \\approx
39.1$ cars. Estimate the sum of the first five days first: the days go from 16 to 39, about 25 a day on average,
about 125 in five days. By the formula, $S_5 = \\frac{16\\,(1.25^5 - 1)}{0.25} = 131.3125 \\approx 131.3$. The full
rate: $b_{10} \\approx 119.2 < 120$ and $b_{11} \\approx 149.0$, but the line cannot make more than 120: with this
plan the line reaches its full rate on day $11$."""),
        a.code("""b1, q = 16, 1 + 25 / 100
print([round(ramp_up.geometric_term(b1, q, n), 2) for n in range(1, 12)])
print("S_5 =", ramp_up.geometric_sum(b1, q, 5))
print(ramp_up.first_day_geometric(b1, q, 120))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Дана былай дейді: «Шығарылым бес күн бойы күн сайын 20 %-ға өссе, барлығы $5 \\cdot 20 = 100$ %-ға өседі, яғни
екі есе артады». Келісесіз бе? Әр күн алдыңғы күннің 20 %-ын қосады, ал алдыңғы күн өсіп отырады. Төмендегі
ұяшық $1{,}2^5$ санын есептейді: шығарылым неше есе артады?""",
            ru="""### Верно ли?

Дана говорит: «Если выпуск пять дней подряд растёт на 20 % в день, то всего он вырастет на $5 \\cdot 20 = 100$ %,
то есть вдвое». Согласны? Каждый день добавляет 20 % от предыдущего дня, а предыдущий день всё больше. Ячейка
ниже вычисляет $1{,}2^5$: во сколько раз вырастет выпуск?""",
            en="""### Is it true?

Dana says: "If the output grows by 20 % a day for five days, it grows by $5 \\cdot 20 = 100$ % in all, so it
doubles." Do you agree? Each day adds 20 % of the day before, and the day before keeps growing. The cell below
computes $1.2^5$: how many times larger is the output?"""),
        a.code("""print(1.2 ** 5)
print([round(1.2 ** k, 3) for k in range(1, 6)])""", role="misconception"),
        a.text(
            kk="""## 4. Өсім өсіп отырады

Арифметикалық прогрессияда бір күннен келесі күнге өсім әрдайым $d$-ға тең. Геометриялық прогрессияда өсім
$b_n - b_{n-1} = b_{n-1}(q - 1)$: өсіп отырған санның 25 %-ы. 3-мысалдың жоспарында өсімдер 4, 5, $6{,}25$,
$7{,}8$, $9{,}8$, ... болады. Зауыт шығарылымды бір күннен келесі күнге 8 автомобильден артық көбейте алмайды:
жаңа операторларды шағын топтармен оқытады. 25 %-дық жоспар бұл шектен $6$-күні шығып кетеді, сондықтан
жоспарлау бөлімі тұрақты қадамды таңдайды.""",
            ru="""## 4. Прирост растёт

В арифметической прогрессии прирост от дня ко дню всегда равен $d$. В геометрической прогрессии прирост
$b_n - b_{n-1} = b_{n-1}(q - 1)$: 25 % от растущего числа. В плане примера 3 приросты равны 4, 5, $6{,}25$, $7{,}8$,
$9{,}8$, ... Завод не может увеличить выпуск от одного дня к другому больше чем на 8 автомобилей: новых
операторов обучают небольшими группами. План на 25 % выходит за этот предел на $6$-й день, поэтому отдел
планирования выбирает постоянный шаг.""",
            en="""## 4. The increase keeps growing

In an arithmetic progression the increase from one day to the next is always $d$. In a geometric progression the
increase is $b_n - b_{n-1} = b_{n-1}(q - 1)$: 25 % of a growing number. In the plan of example 3 the increases are
4, 5, $6.25$, $7.8$, $9.8$, ... The plant cannot raise the output by more than 8 cars from one day to the next: new
operators are trained in small groups. The 25 % plan breaks that limit on day $6$, so the planning office chooses a
fixed step."""),
        a.code("""increases = [ramp_up.geometric_term(16, 1.25, n) - ramp_up.geometric_term(16, 1.25, n - 1) for n in range(2, 8)]
print([round(x, 2) for x in increases])""", role="example"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Жаңа модельді шығару жоспары: желі жобалық қуатқа кешіктірмей $15$-күні жетуі керек; алғашқы 15 күнде 1000-нан
1150-ге дейін автомобиль (дилерлердің тапсырысы кемінде 1000, ал жеткізуші 1150 автомобильге ғана орындық
жинағын береді); бірінші күні алғашқы бригада 24 автомобильден артық жасай алмайды; шығарылым бір күннен келесі
күнге 8 автомобильден артық өспейді. Жүгірткілерді қозғамас бұрын бағалаңыз: $a_1 = 16$, $d = 8$ болса, желі
жобалық қуатқа қай күні жетеді? 15 күнде 1000-нан көп пе, аз ба?""",
            ru="""### Сначала оцените

План запуска новой модели: линия должна выйти на проектную мощность не позже $15$-го дня; за первые 15 дней — от
1000 до 1150 автомобилей (заказ дилеров не меньше 1000, а поставщик даёт комплекты сидений только на 1150
автомобилей); в первый день пилотная бригада может сделать не больше 24 автомобилей; выпуск растёт от дня ко дню
не больше чем на 8 автомобилей. Прежде чем двигать ползунки, оцените: если $a_1 = 16$, $d = 8$, в какой день линия
выйдет на проектную мощность? За 15 дней больше 1000 или меньше?""",
            en="""### Estimate first

The new model's launch plan: the line reaches its full rate on day $15$ at the latest; 1000 to 1150 cars in the
first 15 days (the dealers' order is at least 1000, and the supplier delivers seat sets for only 1150 cars); on the
first day the pilot crew can build at most 24 cars; the output grows by at most 8 cars from one day to the next.
Before you move the sliders, estimate: with $a_1 = 16$ and $d = 8$, on which day does the line reach its full
rate? Are there more or fewer than 1000 cars in 15 days?"""),
        a.design_lab("""design_lab = ramp_up.make_lab("launch-plan")
design_lab"""),
        a.text(
            kk="""Бірінші күнгі шығарылым мен айырымды барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын
басыңыз. Бағалауыңыз расталды ма? Талаптарды орындайтын тағы бір жоспар табыңыз. $a_1 = 24$, $d = 8$ жоспары неге
жарамайды?""",
            ru="""Подберите выпуск первого дня и разность так, чтобы выполнялись все требования, и нажмите **Проверить проект**.
Подтвердилась ли ваша оценка? Найдите ещё один план, который выполняет требования. Почему не подходит план
$a_1 = 24$, $d = 8$?""",
            en="""Choose the first day's output and the difference so that every requirement holds, and press **Check the design**.
Was your estimate right? Find another plan that meets the requirements. Why does the plan $a_1 = 24$, $d = 8$ not
work?"""),
        a.summary(
            kk="""## Қорытынды

* Әр күн алдыңғысын бірдей $q$ санына көбейтсе, бұл **геометриялық прогрессия**, ал $q$ саны **еселік** деп
  аталады: $b_n = b_1 q^{n-1}$; күніне $p$ %-ға өсу — $q = 1 + p/100$.
* Геометриялық прогрессияның алғашқы $n$ мүшесінің қосындысы $S_n = \\frac{b_1(q^n - 1)}{q - 1}$.
* Пайыздар қосылмайды, көбейтіледі: бес күн бойы +20 % — бұл $1{,}2^5 \\approx 2{,}49$ есе.
* Геометриялық прогрессияның өсімі өсіп отырады, сондықтан **өндірісті игеру** жоспары **жобалық қуатқа**
  дейін адамдарды қаншалықты тез оқытуға болатынын ескеруі керек.""",
            ru="""## Итоги

* Если каждый день умножается на одно и то же число $q$, это **геометрическая прогрессия**, а $q$ — её
  **знаменатель**: $b_n = b_1 q^{n-1}$; рост на $p$ % в день — это $q = 1 + p/100$.
* Сумма первых $n$ членов геометрической прогрессии $S_n = \\frac{b_1(q^n - 1)}{q - 1}$.
* Проценты не складываются, а умножаются: пять дней по +20 % — это в $1{,}2^5 \\approx 2{,}49$ раза.
* Прирост геометрической прогрессии растёт, поэтому план, по которому идёт **освоение производства**, должен
  учитывать, как быстро можно обучить людей, пока не достигнута **проектная мощность**.""",
            en="""## Summary

* When every day is the day before times the same number $q$, it is a **geometric progression** and $q$ is its
  **common ratio**: $b_n = b_1 q^{n-1}$; a growth of $p$ % a day is $q = 1 + p/100$.
* The sum of the first $n$ terms of a geometric progression is $S_n = \\frac{b_1(q^n - 1)}{q - 1}$.
* Percentages do not add up, they multiply: five days of +20 % make $1.2^5 \\approx 2.49$ times as much.
* The increase of a geometric progression keeps growing, so a **ramp-up** plan up to the **full rate** must take into
  account how fast people can be trained."""),
        a.reflection(
            kk="""## Рефлексия

1. Қай жоспарды таңдар едіңіз — тұрақты қадамды ма, әлде тұрақты пайызды ма? Неге?
2. Өмірде тағы қай жерде пайыздар күн сайын, ай сайын немесе жыл сайын көбейтіледі?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Какой план вы бы выбрали — с постоянным шагом или с постоянным процентом? Почему?
2. Где ещё в жизни проценты умножаются каждый день, месяц или год?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Which plan would you choose, a fixed step or a fixed percentage? Why?
2. Where else in life are percentages multiplied every day, month or year?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import ramp_up

# [kk] күн нөмірінің әрпі; оған сан бермеңіз
# [ru] буква номера дня; не присваивайте ей число
# [en] the letter of the day's number; do not give it a number
n = sp.Symbol("n", positive=True)"""


def _msg(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    n = sp.Symbol("n", positive=True)
    off_by_one = rules.wrong_answer(18 + 6 * n, code="n-steps", message=_msg(
        "1-күні формулаңыз 18 автомобиль беруі керек: 1-күннен n-күнге дейін n − 1 қадам бар.",
        "В 1-й день ваша формула должна давать 18 автомобилей: от 1-го дня до дня n n − 1 шагов.",
        "On day 1 your formula should give 18 cars: from day 1 to day n there are n − 1 steps."))
    rounded_down = rules.wrong_answer(14, code="rounded-down", message=_msg(
        "Сол күні шығарылым әлі 100-ден аз: күн нөмірін жоғары қарай дөңгелектеңіз.",
        "В этот день выпуск ещё меньше 100: номер дня округляют вверх.",
        "On that day the output is still below 100: round the day's number up."))
    every_day_full = rules.wrong_answer(18 * 120, code="every-day-full", message=_msg(
        "Сіз әр күнді 120 автомобиль деп санадыңыз, ал шығарылым 18-ден бастап өседі.",
        "Вы посчитали каждый день по 120 автомобилей, а выпуск растёт начиная с 18.",
        "You counted every day at 120 cars, but the output grows from 18."))
    day_10_n_steps = rules.wrong_answer(900 / 78 * ureg.minute, code="n-steps", message=_msg(
        "10-күнгі автомобильдерді тексеріңіз: 1-күннен 10-күнге дейін 9 қадам бар.",
        "Проверьте число автомобилей в 10-й день: от 1-го дня до 10-го 9 шагов.",
        "Check the cars made on day 10: from day 1 to day 10 there are 9 steps."))
    full_rate_gap = rules.wrong_answer(7.5 * ureg.minute, code="full-rate-interval", message=_msg(
        "Бұл — жобалық қуаттағы аралық; 10-күні желі азырақ автомобиль жасайды.",
        "Это интервал при проектной мощности; в 10-й день линия делает меньше автомобилей.",
        "That is the interval at the full rate; on day 10 the line makes fewer cars."))
    exponent_n = rules.wrong_answer(12 * 1.2**8, code="exponent-n", message=_msg(
        "Дәреже көрсеткішін тексеріңіз: 1-күннен 8-күнге дейін неше рет көбейтеміз?",
        "Проверьте показатель степени: сколько раз умножаем от 1-го дня до 8-го?",
        "Check the exponent: how many times do we multiply from day 1 to day 8?"))
    one_day_short = rules.wrong_answer(12 * (1.2**7 - 1) / 0.2, code="seven-days", message=_msg(
        "Бұл — алғашқы 7 күннің қосындысы: 8 күн керек.",
        "Это сумма первых 7 дней: нужно 8 дней.",
        "That is the sum of the first 7 days: 8 days are asked."))
    return {
        "nth-day": fingerprint(18 + 6 * (n - 1), mistakes=[off_by_one], salt=salt("nth-day")),
        "first-day": fingerprint(15, rtol=1e-6, mistakes=[rounded_down], salt=salt("first-day")),
        "total-days": fingerprint(1242, rtol=1e-6, mistakes=[every_day_full], salt=salt("total-days")),
        "interval": fingerprint(12.5 * ureg.minute, rtol=0.005, mistakes=[full_rate_gap, day_10_n_steps],
                                salt=salt("interval")),
        "geometric-day": fingerprint(12 * 1.2**7, rtol=0.01, mistakes=[exponent_n], salt=salt("geometric-day")),
        "geometric-total": fingerprint(12 * (1.2**8 - 1) / 0.2, rtol=0.01, mistakes=[one_day_short],
                                       salt=salt("geometric-total")),
    }


def _number_test(name: str, token: str, whole: bool = False) -> str:
    """The public part of a number's test: a number (a whole one for a day or a count), then the self-check."""
    kind = "whole" if whole else "number"
    words = {
        "whole": _msg(f"{name} — бүтін сан болуы керек (мысалы, 7).", f"{name} должно быть целым числом (например, 7).",
                      f"{name} should be a whole number (for example 7)."),
        "number": _msg(f"{name} — сан болуы керек (мысалы, 3.5).", f"{name} должно быть числом (например, 3.5).",
                       f"{name} should be a number (for example 3.5)."),
    }[kind]
    test = "float({0}).is_integer()" if whole else "isinstance(float({0}), float)"
    return (f"assert {test.format(name)}, pick({words!r})\n"
            f"advise(self_check({name}, \"{token}\"))")


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Жаңа модельді өндіруді игеру: прогрессиялар

Зауыт жаңа модельді шығара бастады, ал желінің жобалық қуаты — күніне 120 автомобиль (екі ауысым, әрқайсысы
450 минут). Жоспарлау бөлімінде шығарылымның өсуінің екі жоспары бар: А жоспары — бірінші күні 18 автомобиль,
содан кейін күн сайын +6; Ә жоспары — бірінші күні 12 автомобиль, содан кейін күн сайын +20 %. Екі жоспар да
жобалық қуатқа жеткенде өсуін тоқтатады. Бұл тапсырмада сіз екі жоспарды есептейсіз, салыстырасыз және
зертханада шығару жоспарын жобалайсыз. Сандар ойдан алынған, бірақ шынайы. Уақыты — 45 минут.""",
            ru="""# Освоение производства новой модели: прогрессии

Завод начал выпускать новую модель, проектная мощность линии — 120 автомобилей в день (две смены по 450 минут).
У отдела планирования два плана роста выпуска: план А — 18 автомобилей в первый день, затем каждый день +6;
план Б — 12 автомобилей в первый день, затем каждый день +20 %. Оба плана перестают расти, когда линия выходит на
проектную мощность. В этом задании вы рассчитаете оба плана, сравните их и спроектируете в лаборатории план
запуска. Числа вымышленные, но правдоподобные. Время — 45 минут.""",
            en="""# Ramping up a new model: progressions

The plant has started building a new model; the line's full rate is 120 cars a day (two shifts of 450 minutes).
The planning office has two plans for the growth of the output: plan A, 18 cars on the first day and then +6 every
day; plan B, 12 cars on the first day and then +20 % every day. Both plans stop growing when the line reaches its
full rate. In this assignment you work out both plans, compare them and design a launch plan in the lab. The
numbers are fictional but plausible. Time: 45 minutes."""),
        a.formula(r"$$a_n=a_1+(n-1)\,d,\qquad S_n=\frac{a_1+a_n}{2}\cdot n,\qquad b_n=b_1\,q^{\,n-1},"
                  r"\qquad S_n=\frac{b_1\,(q^n-1)}{q-1}$$"),
        a.text(
            kk="""Белгілеулер: $n$ — күннің нөмірі (1-күн, 2-күн, ...), $a_n$ мен $b_n$ — $n$-күнгі автомобильдер саны,
$d$ — арифметикалық прогрессияның айырымы, $q$ — геометриялық прогрессияның еселігі (күніне $p$ % өсу:
$q = 1 + p/100$), $S_n$ — алғашқы $n$ күнде жасалған автомобильдер.

**Жауапты қалай жазу керек.** Сан немесе өрнек беріңіз; жауапты есептейтін Python өрнегі де болады
(`5 * 3 + 2`). Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `3 * ureg.minute`. Бірінші код ұяшығындағы `n`
әрпіне сан меншіктемеңіз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""Обозначения: $n$ — номер дня (1-й день, 2-й день, ...), $a_n$ и $b_n$ — число автомобилей в день $n$,
$d$ — разность арифметической прогрессии, $q$ — знаменатель геометрической прогрессии (рост на $p$ % в день:
$q = 1 + p/100$), $S_n$ — выпуск за первые $n$ дней.

**Как записывать ответы.** Давайте число или выражение; можно и выражение Python, которое вычисляет ответ
(`5 * 3 + 2`). Величину с единицей измерения записывайте через `ureg`: `3 * ureg.minute`. Не присваивайте число
букве `n` из первой ячейки кода. Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа.""",
            en="""Notation: $n$ is the day's number (day 1, day 2, ...), $a_n$ and $b_n$ the cars made on day $n$, $d$ the
common difference of an arithmetic progression, $q$ the common ratio of a geometric progression (a growth of $p$ % a
day: $q = 1 + p/100$), $S_n$ the cars made in the first $n$ days.

**How to write answers.** Give a number or an expression; a Python expression that computes the answer is fine
(`5 * 3 + 2`). Write a quantity with a unit through `ureg`: `3 * ureg.minute`. Do not assign a number to the letter
`n` of the first code cell. Run the test cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Тұрақты қадам: А жоспары", ru="## Часть А. Постоянный шаг: план А",
               en="## Part A. A fixed step: plan A"),
        a.task(1, 1, "A",
               kk="""А жоспары: бірінші күні 18 автомобиль, содан кейін шығарылым күн сайын 6 автомобильге өседі. $n$-күнгі
автомобильдер санын $n$ арқылы sympy өрнегі ретінде жазыңыз: `a_n = ...` (`n` әрпімен; жауаптың түрі, мысалы,
`5*n + 2`, бірақ бұл жауап емес). Кез келген тепе-тең өрнек қабылданады.""",
               ru="""План А: 18 автомобилей в первый день, затем выпуск каждый день растёт на 6 автомобилей. Запишите число
автомобилей в день $n$ как выражение sympy через $n$: `a_n = ...` (буквой `n`; форма ответа, например, `5*n + 2`,
но это не ответ). Принимается любое тождественно равное выражение.""",
               en="""Plan A: 18 cars on the first day, then the output grows by 6 cars every day. Write the number of cars on
day $n$ as a sympy expression in $n$: `a_n = ...` (with the letter `n`; the form of an answer is, for example,
`5*n + 2`, which is not the answer). Any equivalent expression is accepted."""),
        a.answer("nth-day", "a_n = 18 + 6 * (n - 1)", hint=_msg(
            "a_n = ...  (n арқылы sympy өрнегі)", "a_n = ...  (выражение sympy через n)",
            "a_n = ...  (a sympy expression in n)")),
        a.tests("nth-day-test", 1, public=f"""assert isinstance(a_n, sp.Expr), pick({_msg("a_n — n әрпінен құрылған sympy өрнегі болуы керек.", "a_n должно быть выражением sympy от n.", "a_n should be a sympy expression in n.")!r})
assert {{s.name for s in a_n.free_symbols}} <= {{"n"}}, pick({_msg("a_n өрнегінде тек n әрпі болуы керек.", "В выражении a_n может быть только буква n.", "a_n may use only the letter n.")!r})
advise(self_check(a_n, "{token['nth-day']}"))""",
                hidden="""from curriculum.check import rules
require(compare(a_n, 18 + 6 * (n - 1), rules=[
    rules.wrong_answer(18 + 6 * n, code="n-steps", message={
        "kk": "1-күні формулаңыз 18 автомобиль беруі керек: 1-күннен n-күнге дейін n − 1 қадам бар.",
        "ru": "В 1-й день ваша формула должна давать 18 автомобилей: от 1-го дня до дня n n − 1 шагов.",
        "en": "On day 1 your formula should give 18 cars: from day 1 to day n there are n − 1 steps."}),
    rules.wrong_answer(18 * 6**(n - 1), code="multiplied", message={
        "kk": "Тұрақты қадам күн сайын бірдей санды қосады, көбейтпейді.",
        "ru": "Постоянный шаг каждый день прибавляет одно и то же число, а не умножает.",
        "en": "A fixed step adds the same number every day; it does not multiply."})]))"""),

        a.task(2, 1, "B",
               kk="""А жоспары бойынша шығарылым алғаш рет қай күні кемінде 100 автомобиль болады? Күннің нөмірін бүтін сан
ретінде беріңіз: `day_100 = ...` (мысалы, `day_100 = 7`, бұл жауап емес).""",
               ru="""В какой день выпуск по плану А впервые будет не меньше 100 автомобилей? Дайте номер дня целым числом:
`day_100 = ...` (например, `day_100 = 7`, это не ответ).""",
               en="""On which day is the output of plan A at least 100 cars for the first time? Give the day's number as a whole
number: `day_100 = ...` (for example `day_100 = 7`, which is not the answer)."""),
        a.answer("first-day", "day_100 = 15", before="# day_100 = ..."),
        a.tests("first-day-test", 1, public=_number_test("day_100", token["first-day"], whole=True),
                hidden="""from curriculum.check import rules
require(compare(day_100, 15, mode="numeric", rtol=1e-9, rules=[
    rules.wrong_answer(14, code="rounded-down", message={
        "kk": "Сол күні шығарылым әлі 100-ден аз: күн нөмірін жоғары қарай дөңгелектеңіз.",
        "ru": "В этот день выпуск ещё меньше 100: номер дня округляют вверх.",
        "en": "On that day the output is still below 100: round the day's number up."}),
    rules.wrong_answer(17, code="first-day-forgotten", message={
        "kk": "Шығарылым нөлден емес, 1-күнгі 18 автомобильден басталады.",
        "ru": "Выпуск начинается не с нуля, а с 18 автомобилей в 1-й день.",
        "en": "The output starts from 18 cars on day 1, not from zero."})]))"""),

        a.task(3, 2, "A",
               kk="""А жоспары бойынша алғашқы 18 күнде барлығы неше автомобиль жасалады? `total_18 = ...` (автомобильдердің
бүтін саны).""",
               ru="""Сколько всего автомобилей будет сделано по плану А за первые 18 дней? `total_18 = ...` (целое число
автомобилей).""",
               en="""How many cars does plan A make in the first 18 days in all? `total_18 = ...` (a whole number of
cars)."""),
        a.answer("total-days", "total_18 = (18 + 120) / 2 * 18", before="# total_18 = ..."),
        a.tests("total-days-test", 2, public=_number_test("total_18", token["total-days"], whole=True),
                hidden="""from curriculum.check import rules
require(compare(total_18, 1242, mode="numeric", rtol=1e-9, rules=[
    rules.wrong_answer(2160, code="every-day-full", message={
        "kk": "Сіз әр күнді 120 автомобиль деп санадыңыз, ал шығарылым 18-ден бастап өседі.",
        "ru": "Вы посчитали каждый день по 120 автомобилей, а выпуск растёт начиная с 18.",
        "en": "You counted every day at 120 cars, but the output grows from 18."}),
    rules.wrong_answer(2484, code="not-halved", message={
        "kk": "Бірінші және соңғы күннің қосындысы екі күнге келеді: орташа күн — оның жартысы.",
        "ru": "Сумма первого и последнего дня приходится на два дня: средний день — её половина.",
        "en": "The first and the last day together are two days: the average day is half their sum."}),
    rules.wrong_answer(1122, code="one-day-short", message={
        "kk": "Бұл — алғашқы 17 күн: 18-күнді де қосыңыз.",
        "ru": "Это первые 17 дней: добавьте и 18-й день.",
        "en": "That is the first 17 days: add day 18 too."})]), points=2)"""),

        a.task(4, 1, "B",
               kk="""А жоспары бойынша 10-күні желі екі ауысым (әрқайсысы 450 минут) жұмыс істейді. Сол күні екі дайын
автомобильдің арасы орта есеппен неше минут? Алдымен 10-күні неше автомобиль жасалатынын табыңыз.
`gap_10 = ... * ureg.minute` (басқа уақыт бірлігі де қабылданады; 0,5 % дәлдікпен).""",
               ru="""По плану А в 10-й день линия работает две смены по 450 минут. Сколько в среднем минут проходит в этот
день между двумя готовыми автомобилями? Сначала найдите, сколько автомобилей делается в 10-й день.
`gap_10 = ... * ureg.minute` (принимается и другая единица времени; с точностью до 0,5 %).""",
               en="""With plan A the line works two shifts of 450 minutes on day 10. On average, how many minutes pass between
two finished cars that day? First find how many cars are made on day 10. `gap_10 = ... * ureg.minute` (another
unit of time is accepted too; within 0.5 %)."""),
        a.answer("interval", "gap_10 = 2 * 450 / (18 + 9 * 6) * ureg.minute", before="# gap_10 = ... * ureg.minute"),
        a.tests("interval-test", 1, public=f"""require(compare(gap_10, "min", mode="dimension"))
advise(self_check(gap_10, "{token['interval']}"))""",
                hidden="""from curriculum.check import rules
require(compare(gap_10, "12.5 min", mode="units", rtol=0.005, rules=[
    rules.wrong_answer(7.5 * ureg.minute, code="full-rate-interval", message={
        "kk": "Бұл — жобалық қуаттағы аралық; 10-күні желі азырақ автомобиль жасайды.",
        "ru": "Это интервал при проектной мощности; в 10-й день линия делает меньше автомобилей.",
        "en": "That is the interval at the full rate; on day 10 the line makes fewer cars."}),
    rules.wrong_answer(900 / 78 * ureg.minute, code="n-steps", message={
        "kk": "10-күнгі автомобильдерді тексеріңіз: 1-күннен 10-күнге дейін 9 қадам бар.",
        "ru": "Проверьте число автомобилей в 10-й день: от 1-го дня до 10-го 9 шагов.",
        "en": "Check the cars made on day 10: from day 1 to day 10 there are 9 steps."}),
    rules.wrong_answer(6.25 * ureg.minute, code="one-shift", message={
        "kk": "Желі екі ауысым жұмыс істейді: 72 автомобиль 900 минутта жасалады.",
        "ru": "Линия работает две смены: 72 автомобиля делаются за 900 минут.",
        "en": "The line works two shifts: the 72 cars take 900 minutes."})]))"""),

        a.text(kk="## Ә бөлім. Тұрақты пайыз: Ә жоспары", ru="## Часть Б. Постоянный процент: план Б",
               en="## Part B. A fixed percentage: plan B"),
        a.task(5, 1, "A",
               kk="""Ә жоспары: бірінші күні 12 автомобиль, содан кейін шығарылым күн сайын 20 %-ға өседі. 8-күні неше
автомобиль жасалады? `b_8 = ...` (жоспардың саны, бүтінге дөңгелектемеңіз; 1 % дәлдікпен).""",
               ru="""План Б: 12 автомобилей в первый день, затем выпуск каждый день растёт на 20 %. Сколько автомобилей будет
сделано в 8-й день? `b_8 = ...` (число плана, не округляйте до целого; с точностью до 1 %).""",
               en="""Plan B: 12 cars on the first day, then the output grows by 20 % every day. How many cars are made on day 8?
`b_8 = ...` (the plan's number, not rounded to a whole one; within 1 %)."""),
        a.answer("geometric-day", "b_8 = 12 * 1.2 ** 7", before="# b_8 = ..."),
        a.tests("geometric-day-test", 1, public=_number_test("b_8", token["geometric-day"]),
                hidden="""from curriculum.check import rules
require(compare(b_8, 42.998, mode="numeric", rtol=0.01, rules=[
    rules.wrong_answer(51.598, code="exponent-n", message={
        "kk": "Дәреже көрсеткішін тексеріңіз: 1-күннен 8-күнге дейін неше рет көбейтеміз?",
        "ru": "Проверьте показатель степени: сколько раз умножаем от 1-го дня до 8-го?",
        "en": "Check the exponent: how many times do we multiply from day 1 to day 8?"}),
    rules.wrong_answer(28.8, code="percent-of-first-day", message={
        "kk": "Сіз әр күні бірінші күннің 20 %-ын қостыңыз; ал 20 % алдыңғы күннен есептеледі.",
        "ru": "Вы прибавляли каждый день 20 % от первого дня, а 20 % считаются от предыдущего дня.",
        "en": "You added 20 % of the first day every day, but the 20 % are of the day before."})]))"""),

        a.task(6, 2, "B",
               kk="""Ә жоспары бойынша алғашқы 8 күнде барлығы неше автомобиль жасалады? `total_b8 = ...` (1 % дәлдікпен).""",
               ru="""Сколько всего автомобилей будет сделано по плану Б за первые 8 дней? `total_b8 = ...` (с точностью
до 1 %).""",
               en="""How many cars does plan B make in the first 8 days in all? `total_b8 = ...` (within 1 %)."""),
        a.answer("geometric-total", "total_b8 = 12 * (1.2 ** 8 - 1) / (1.2 - 1)", before="# total_b8 = ..."),
        a.tests("geometric-total-test", 2, public=_number_test("total_b8", token["geometric-total"]),
                hidden="""from curriculum.check import rules
require(compare(total_b8, 197.989, mode="numeric", rtol=0.01, rules=[
    rules.wrong_answer(154.991, code="seven-days", message={
        "kk": "Бұл — алғашқы 7 күннің қосындысы: 8 күн керек.",
        "ru": "Это сумма первых 7 дней: нужно 8 дней.",
        "en": "That is the sum of the first 7 days: 8 days are asked."}),
    rules.wrong_answer(220.0, code="arithmetic-sum", message={
        "kk": "(бірінші + соңғы)/2 · n формуласы тек арифметикалық прогрессияға жарайды.",
        "ru": "Формула (первый + последний)/2 · n годится только для арифметической прогрессии.",
        "en": "The formula (first + last)/2 · n holds for an arithmetic progression only."}),
    rules.wrong_answer(32.998, code="divided-by-q", message={
        "kk": "Бөлімде q емес, q − 1 тұр.",
        "ru": "В знаменателе стоит q − 1, а не q.",
        "en": "The denominator is q − 1, not q."})]), points=2)"""),

        a.task(7, 2, "B",
               kk="""Логарифмсіз, күн сайын тексеріп, геометриялық жоспар берілген шығарылымға алғаш жететін күнді табатын
`first_full_day(b1, q, target)` функциясын жазыңыз: `b1` — бірінші күнгі автомобильдер, `q` — еселік
(+20 % үшін `1.2`), `target` — керек шығарылым. Функция $b_1 q^{n-1} \\ge$ `target` болатын ең кіші $n$
бүтін санын қайтарсын ($b_1 \\ge$ `target` болса, `1`). Мысалы, `first_full_day(10, 2, 75)` нәтижесі `4`:
10, 20, 40, 80. Функция $q > 1$ және $b_1 > 0$ болғанда тексеріледі.""",
               ru="""Напишите функцию `first_full_day(b1, q, target)`, которая без логарифмов, проверяя день за днём, находит первый
день, когда геометрический план достигает заданного выпуска: `b1` — автомобилей в первый день, `q` — знаменатель
(для +20 % это `1.2`), `target` — нужный выпуск. Функция возвращает наименьшее целое $n$, при котором
$b_1 q^{n-1} \\ge$ `target` (`1`, если $b_1 \\ge$ `target`). Например, `first_full_day(10, 2, 75)` даёт `4`:
10, 20, 40, 80. Функцию проверяют при $q > 1$ и $b_1 > 0$.""",
               en="""Write a function `first_full_day(b1, q, target)` that finds, without logarithms, checking day by day, the
first day a geometric plan reaches a given output: `b1` is the cars on the first day, `q` the common ratio (`1.2`
for +20 %), `target` the output needed. It returns the smallest whole $n$ with $b_1 q^{n-1} \\ge$ `target` (`1`
when $b_1 \\ge$ `target`). For example, `first_full_day(10, 2, 75)` gives `4`: 10, 20, 40, 80. The function is
checked with $q > 1$ and $b_1 > 0$."""),
        a.answer("first-full-day", """def first_full_day(b1, q, target):
    n = 1
    output = b1
    while output < target:
        output = output * q
        n = n + 1
    return n""", hint=_msg(
            "def first_full_day(b1, q, target): ... шығарылым `target` мәнінен кем болғанша, оны күн сайын q-ге көбейтіңіз",
            "def first_full_day(b1, q, target): ... пока выпуск меньше `target`, умножайте его на q день за днём",
            "def first_full_day(b1, q, target): ... while the output is below target, multiply it by q day by day")),
        a.tests("first-full-day-test", 2, public=f"""assert callable(first_full_day), pick({_msg("first_full_day — функция болуы керек (def first_full_day(b1, q, target): ...).", "first_full_day должна быть функцией (def first_full_day(b1, q, target): ...).", "first_full_day should be a function (def first_full_day(b1, q, target): ...).")!r})
assert first_full_day(10, 2, 75) == 4, pick({_msg("first_full_day(10, 2, 75) тапсырмадағы мысалдағыдай 4 беруі керек.", "first_full_day(10, 2, 75) должна давать 4, как в примере задачи.", "first_full_day(10, 2, 75) should give 4, as in the task's example.")!r})""",
                hidden="""from hypothesis import strategies as st
require(check_function(first_full_day, ramp_up.first_day_geometric,
                       inputs=[(10, 2, 75), (15, 2, 60), (120, 1.2, 120), (130, 1.5, 120), (12, 1.2, 120),
                               (16, 1.25, 120), (1, 3, 2187), (1, 3, 2188), (40, 1.5, 90)],
                       strategy=st.tuples(st.integers(1, 100), st.sampled_from([1.25, 1.5, 2.0, 3.0]),
                                          st.integers(1, 5000)),
                       max_examples=100))"""),

        a.task(8, 3, "C", locked_id="compare-plans-prompt",
               kk="""А жоспарын (18 автомобиль, күніне +6) Ә жоспарымен (12 автомобиль, күніне +20 %) салыстырыңыз; екеуі де
күніне 120 автомобильде тоқтайды. (а) Әр жоспар жобалық қуатқа қай күні жетеді? (ә) $14$-күннің соңына дейін қай
жоспар көбірек автомобиль жасайды және шамамен қаншаға? (б) Зауыт шығарылымды бір күннен келесі күнге 8
автомобильден артық көбейте алмайды. Қай жоспар бұл шекті сақтайды, ал екіншісі қай күннен бастап бұзады? Пайызбен
өсетін шығарылымның өсімі неге ұлғайып отыратынын түсіндіріңіз. Жауапты төмендегі ұяшыққа сөзбен және
есептеулермен жазыңыз.""",
               ru="""Сравните план А (18 автомобилей, +6 в день) с планом Б (12 автомобилей, +20 % в день); оба останавливаются
на 120 автомобилях в день. (а) В какой день каждый план выходит на проектную мощность? (б) Какой план сделает
больше автомобилей к концу $14$-го дня и примерно на сколько? (в) Завод не может увеличивать выпуск от одного дня
к другому больше чем на 8 автомобилей. Какой план соблюдает этот предел, а с какого дня его нарушает другой?
Объясните, почему прирост выпуска, растущего в процентах, всё время увеличивается. Напишите ответ словами и с
вычислениями в ячейке ниже.""",
               en="""Compare plan A (18 cars, +6 a day) with plan B (12 cars, +20 % a day); both stop at 120 cars a day. (a) On
which day does each plan reach the full rate? (b) Which plan has made more cars by the end of day $14$, and about
how many more? (c) The plant cannot raise the output by more than 8 cars from one day to the next. Which plan keeps
to that limit, and from which day does the other break it? Explain why the increase of an output growing by a
percentage keeps getting larger. Write your answer in words and with calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: А: $18 + 6(n - 1) \\ge 120$, $n = 18$; Ә: $12 \\cdot 1{,}2^{n-1} \\ge 120$, яғни $1{,}2^{n-1} \\ge 10$;
  $1{,}2^{12} \\approx 8{,}9 < 10$, $1{,}2^{13} \\approx 10{,}7$, сондықтан $n = 14$: Ә ертерек жетеді.
* 1 ұпай: $14$-күннің соңына дейін А: $S_{14} = \\frac{18 + 96}{2} \\cdot 14 = 798$; Ә: $S_{13} \\approx 582$ және
  $14$-күні 120, барлығы шамамен 702; А шамамен 96 автомобиль көп жасады, Ә жобалық қуатқа ертерек жетсе де.
* 1 ұпай: А-ның өсімі әрдайым 6, шектен аспайды; Ә-ның өсімі алдыңғы күннің 20 %-ы, $0{,}2\\,b_{n-1}$, шығарылыммен
  бірге өседі: $b_8 \\approx 43{,}0$ болғандықтан 9-күнгі өсім шамамен $8{,}6 > 8$; $13$-күні шамамен $17{,}8$.""",
                   "ru": """* 1 балл: А: $18 + 6(n - 1) \\ge 120$, $n = 18$; Б: $12 \\cdot 1{,}2^{n-1} \\ge 120$, то есть $1{,}2^{n-1} \\ge 10$;
  $1{,}2^{12} \\approx 8{,}9 < 10$, $1{,}2^{13} \\approx 10{,}7$, поэтому $n = 14$: Б выходит раньше.
* 1 балл: к концу $14$-го дня А: $S_{14} = \\frac{18 + 96}{2} \\cdot 14 = 798$; Б: $S_{13} \\approx 582$ и 120 в $14$-й
  день, всего около 702; А сделал примерно на 96 автомобилей больше, хотя Б раньше вышел на проектную мощность.
* 1 балл: прирост А всегда 6, предел не нарушается; прирост Б — 20 % от предыдущего дня, $0{,}2\\,b_{n-1}$, растёт
  вместе с выпуском: так как $b_8 \\approx 43{,}0$, прирост в 9-й день около $8{,}6 > 8$; в $13$-й день около $17{,}8$.""",
                   "en": """* 1 point: A: $18 + 6(n - 1) \\ge 120$, $n = 18$; B: $12 \\cdot 1.2^{n-1} \\ge 120$, that is $1.2^{n-1} \\ge 10$;
  $1.2^{12} \\approx 8.9 < 10$ and $1.2^{13} \\approx 10.7$, so $n = 14$: B gets there sooner.
* 1 point: by the end of day $14$, A: $S_{14} = \\frac{18 + 96}{2} \\cdot 14 = 798$; B: $S_{13} \\approx 582$ plus 120 on
  day 14, about 702 in all; A has made about 96 cars more, although B reached the full rate sooner.
* 1 point: A's increase is always 6, within the limit; B's increase is 20 % of the day before, $0.2\\,b_{n-1}$, and
  grows with the output: as $b_8 \\approx 43.0$, the increase on day 9 is about $8.6 > 8$; on day 13 about $17.8$."""}),
        a.written("compare-plans", 3, """**Model answer (en).** (a) Plan A: $18 + 6(n - 1) \\ge 120$ gives $n - 1 \\ge 17$, day $18$. Plan B:
$12 \\cdot 1.2^{n-1} \\ge 120$, that is $1.2^{n-1} \\ge 10$; $1.2^{12} \\approx 8.9$ and $1.2^{13} \\approx 10.7$, so
$n - 1 = 13$, day $14$: B reaches the full rate four days sooner. (b) By the end of day $14$ plan A has made
$S_{14} = \\frac{18 + 96}{2} \\cdot 14 = 798$ cars; plan B $S_{13} = \\frac{12\\,(1.2^{13} - 1)}{0.2} \\approx 582$ in the
first 13 days and 120 on day $14$, about 702. A has made about 96 cars more: B's first days were small. (c) A adds
6 cars every day, within the limit of 8. B adds 20 % of the day before, $0.2\\,b_{n-1}$: the larger the output, the
larger the increase. $b_8 \\approx 43.0$, so on day 9 the increase is about $8.6$, more than 8; on day $13$ it is about
$17.8$. Plan B breaks the limit from day 9.

**Үлгі жауап (kk).** (а) А жоспары: $18 + 6(n - 1) \\ge 120$, демек $n - 1 \\ge 17$, $18$-күн. Ә жоспары:
$12 \\cdot 1{,}2^{n-1} \\ge 120$, яғни $1{,}2^{n-1} \\ge 10$; $1{,}2^{12} \\approx 8{,}9$, $1{,}2^{13} \\approx 10{,}7$,
сондықтан $n - 1 = 13$, $14$-күн: Ә жобалық қуатқа төрт күн ерте жетеді. (ә) $14$-күннің соңына дейін А жоспары
$S_{14} = \\frac{18 + 96}{2} \\cdot 14 = 798$ автомобиль жасайды; Ә жоспары алғашқы 13 күнде
$S_{13} = \\frac{12\\,(1{,}2^{13} - 1)}{0{,}2} \\approx 582$ және $14$-күні 120, барлығы шамамен 702. А шамамен 96
автомобиль көп жасады: Ә-ның алғашқы күндері аз болды. (б) А күн сайын 6 автомобиль қосады, бұл 8-ден аспайды.
Ә алдыңғы күннің 20 %-ын қосады, $0{,}2\\,b_{n-1}$: шығарылым неғұрлым көп болса, өсім соғұрлым үлкен.
$b_8 \\approx 43{,}0$, сондықтан 9-күні өсім шамамен $8{,}6$, 8-ден көп; $13$-күні шамамен $17{,}8$. Ә жоспары шекті
9-күннен бастап бұзады.

**Образец ответа (ru).** (а) План А: $18 + 6(n - 1) \\ge 120$ даёт $n - 1 \\ge 17$, $18$-й день. План Б:
$12 \\cdot 1{,}2^{n-1} \\ge 120$, то есть $1{,}2^{n-1} \\ge 10$; $1{,}2^{12} \\approx 8{,}9$, $1{,}2^{13} \\approx 10{,}7$,
поэтому $n - 1 = 13$, $14$-й день: Б выходит на проектную мощность на четыре дня раньше. (б) К концу $14$-го дня
план А сделал $S_{14} = \\frac{18 + 96}{2} \\cdot 14 = 798$ автомобилей; план Б за первые 13 дней
$S_{13} = \\frac{12\\,(1{,}2^{13} - 1)}{0{,}2} \\approx 582$ и 120 в $14$-й день, всего около 702. А сделал примерно
на 96 автомобилей больше: первые дни Б были маленькими. (в) А каждый день прибавляет 6 автомобилей, не больше 8.
Б прибавляет 20 % от предыдущего дня, $0{,}2\\,b_{n-1}$: чем больше выпуск, тем больше прирост. $b_8 \\approx 43{,}0$,
поэтому в 9-й день прирост около $8{,}6$, больше 8; в $13$-й день около $17{,}8$. План Б нарушает предел с 9-го
дня."""),

        a.text(kk="## Б бөлім. Шығару жоспарын жобалау", ru="## Часть В. Проект плана запуска",
               en="## Part C. Designing the launch plan"),
        a.task(9, 2, "C",
               kk="""Жоспарлау бөлімі тұрақты қадамды таңдады. Шығару жоспарын жобалаңыз: желі жобалық қуатқа кешіктірмей
$15$-күні жетсін; алғашқы 15 күнде 1000-нан 1150-ге дейін автомобиль жасалсын; бірінші күні 24 автомобильден
артық болмасын; шығарылым бір күннен келесі күнге 8 автомобильден артық өспесін. Зертханада бірінші күнгі
шығарылым $a_1$ мен айырым $d$-ны таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен
`design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Отдел планирования выбрал постоянный шаг. Спроектируйте план запуска: линия выходит на проектную мощность не
позже $15$-го дня; за первые 15 дней делается от 1000 до 1150 автомобилей; в первый день не больше 24 автомобилей;
выпуск растёт от дня ко дню не больше чем на 8 автомобилей. Подберите в лаборатории выпуск первого дня $a_1$ и
разность $d$, нажмите **Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую
показывает лаборатория.""",
               en="""The planning office has chosen a fixed step. Design the launch plan: the line reaches its full rate on day
$15$ at the latest; 1000 to 1150 cars are made in the first 15 days; at most 24 cars on the first day; the output
grows by at most 8 cars from one day to the next. Choose the first day's output $a_1$ and the difference $d$ in the
lab, press **Check the design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""ramp_up.make_lab("launch-plan")"""),
        a.answer("design", "design = {'a1': 16, 'd': 8}", before="# design = {'a1': ..., 'd': ...}"),
        a.tests("design-test", 2, public=f"""assert isinstance(design, dict) and {{"a1", "d"}} <= set(design), pick({_msg("design = {'a1': ..., 'd': ...} (зертхана көрсететін жол)", "design = {'a1': ..., 'd': ...} (строка, которую показывает лаборатория)", "design = {'a1': ..., 'd': ...} (the line the lab shows)")!r})
advise(check_design(design, ramp_up.DESIGN_SPEC, model=ramp_up.design_result))""",
                hidden="""require(check_design(design, ramp_up.DESIGN_SPEC, model=ramp_up.design_result))"""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "ramp_up.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
