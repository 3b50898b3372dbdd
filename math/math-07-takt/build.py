"""Writes math-07-takt's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python math/math-07-takt/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_math_07_takt.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the module's tasks or comes from the lab's model
(``curriculum.labs.takt``); the module's test pins each one to the model. The assignment has variants
(``docs/variants.md``): tasks 1-5 take each student's own numbers from its parameters cell (``PARAMETERS``), its
texts write them as ``{demand}``, and its solutions, self-checks and hidden checks compute with the names.
"""

from __future__ import annotations

from pathlib import Path

from curriculum import authoring as a
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "math-07-takt"


LESSON_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import takt as line_lab"""


# -- lesson 1: takt time, cycle time and the linear function ---------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Такт, 1-сабақ. Такт уақыты, цикл уақыты және сызықтық функция

Қостанайдағы зауыттың құрастыру желісіне дилерлерден тапсырыс келді: күндізгі ауысымда 440 автомобиль. Желіде
автомобиль бекеттен бекетке жылжиды, әр бекетте жұмысшылар өз операциясын орындайды, ал соңғы бекеттен дайын
автомобиль шығады. Тапсырысты орындау үшін желіден қаншалықты жиі автомобиль шығуы керек? Ал бекеттердің бірі,
мысалы, әйнек орнату бекеті бір автомобильге тым көп уақыт жұмсаса, не болады?""",
            ru="""# Такт, урок 1. Время такта, время цикла и линейная функция

На сборочную линию завода в Костанае пришёл заказ дилеров: 440 автомобилей за дневную смену. По линии автомобиль
движется от поста к посту, на каждом посту рабочие выполняют свою операцию, а с последнего поста сходит готовый
автомобиль. Как часто должен сходить с линии автомобиль, чтобы выполнить заказ? А что будет, если один из постов,
например пост установки стёкол, тратит на автомобиль слишком много времени?""",
            en="""# Takt, lesson 1. Takt time, cycle time and a linear function

The plant's assembly line in Kostanay has an order from the dealers: 440 cars in the day shift. On the line a car
moves from station to station, at each station the workers do their operation, and a finished car leaves the last
station. How often must a car leave the line to fill the order? And what happens if one of the stations, say the
one that fits the windscreens, takes too long over a car?"""),
        a.text(
            kk="""## 1. Такт уақыты: тапсырыс берушілердің сұранысы белгілейді

**Такт уақыты** (takt time) — сұранысты орындау үшін желіден дайын автомобиль қаншалықты жиі шығуы керек екенін
көрсететін уақыт. Оны желіде ешкім таңдамайды: оны ауысымның жұмыс уақыты мен тапсырыс берушілердің сұранысы
анықтайды:

$$\\text{такт уақыты} = \\frac{\\text{жұмыс уақыты}}{\\text{сұраныс}}.$$

Жұмыс уақыты — ауысымнан үзілістерді шегергендегі уақыт. Немісше *Takt* — «ырғақ»: желі барабанның соғуындай бір
ырғақпен жұмыс істейді.""",
            ru="""## 1. Время такта: его задаёт спрос заказчиков

**Время такта** (takt time) — как часто должен сходить с линии готовый автомобиль, чтобы выполнить спрос. Его никто
не выбирает на линии: его задают рабочее время смены и спрос заказчиков:

$$\\text{время такта} = \\frac{\\text{рабочее время}}{\\text{спрос}}.$$

Рабочее время — это смена без перерывов. Немецкое *Takt* значит «такт, ритм»: линия работает в одном ритме, как
удары барабана.""",
            en="""## 1. Takt time: set by the customers' demand

The **takt time** is how often a finished car must leave the line to meet the demand. Nobody chooses it on the line:
the shift's working time and the customers' demand set it:

$$\\text{takt time} = \\frac{\\text{working time}}{\\text{demand}}.$$

The working time is the shift without its breaks. The German word *Takt* means "beat": the line works to one
rhythm, like the beat of a drum."""),
        a.example(
            kk="""### 1-мысал

Ауысым 8 сағ, оның 40 минуты — үзілістер, сонда жұмыс уақыты 7 сағ 20 мин = 440 мин = 26400 с. Сұраныс — ауысымына
440 автомобиль. Такт уақыты $= 26400 / 440 = 60$ с: желіден әр 60 секунд сайын бір дайын автомобиль шығуы керек.
Келесі ұяшық дәл осыны pint бірліктерімен есептейді.""",
            ru="""### Пример 1

Смена 8 ч, из них 40 минут — перерывы, тогда рабочее время 7 ч 20 мин = 440 мин = 26400 с. Спрос — 440 автомобилей
за смену. Время такта $= 26400 / 440 = 60$ с: с линии каждые 60 секунд должен сходить один готовый автомобиль.
Следующая ячейка считает то же с единицами pint.""",
            en="""### Example 1

A shift of 8 h has 40 minutes of breaks, so the working time is 7 h 20 min = 440 min = 26400 s. The demand is 440
cars per shift. The takt time is $26400 / 440 = 60$ s: one finished car must leave the line every 60 seconds. The
next cell computes the same with pint units."""),
        a.code("""working_time = (8 * 60 - 40) * ureg.minute
takt = (working_time / 440).to("s")
seconds = pick({"kk": "с", "ru": "с", "en": "s"})
print("takt =", takt.magnitude, seconds)
# [kk] зертхананың моделі де дәл осыны береді:
# [ru] модель лаборатории даёт то же:
# [en] the lab's model gives the same:
print(line_lab.takt_time(26400, 440), seconds)""", role="example"),
        a.text(
            kk="""## 2. Цикл уақыты: бекет белгілейді

Әр бекеттің өз **цикл уақыты** (cycle time) бар: бекеттегі жұмысшыларға бір автомобильге қанша уақыт керек. Желі
тұтас жылжиды, сондықтан одан автомобиль ең баяу бекет рұқсат еткеннен жиі шыға алмайды: желінің цикл уақыты — оның
ең баяу бекетінің цикл уақыты. Мысалы, бекеттердің цикл уақыттары 52, 58, 49, 55 және 44 с болса, желінің цикл
уақыты 58 с.

Желі сұранысты тек цикл уақыты такт уақытынан аспағанда орындайды: мұнда 58 с ≤ 60 с, желі үлгереді. Онда желі
тактімен жұмыс істейді: әр 60 с сайын бір автомобиль, ал 58 с-тық бекет әр циклде 2 с күтеді. Ең баяу бекетке
такт уақытынан көп уақыт керек болса, желі сұранысты орындай алмайды.""",
            ru="""## 2. Время цикла: его задаёт пост

У каждого поста своё **время цикла** (cycle time): сколько времени нужно рабочим поста на один автомобиль. Линия
движется целиком, поэтому автомобиль сходит с неё не чаще, чем позволяет самый медленный пост: время цикла линии —
время цикла её самого медленного поста. Например, если у постов время цикла 52, 58, 49, 55 и 44 с, то у линии 58 с.

Линия выполняет спрос, только если время цикла не больше времени такта: здесь 58 с ≤ 60 с, линия успевает. Тогда
линия работает по такту: один автомобиль каждые 60 с, а пост с 58 с в каждом цикле ждёт 2 с. Если самому медленному
посту нужно больше времени такта, линия спрос не выполнит.""",
            en="""## 2. Cycle time: set by the station

Every station has its own **cycle time**: how long its workers need for one car. The line moves as a whole, so a car
can leave it no more often than its slowest station allows: the line's cycle time is the cycle time of its slowest
station. If the stations' cycle times are, say, 52, 58, 49, 55 and 44 s, the line's is 58 s.

The line meets the demand only when its cycle time is at most the takt time: here 58 s ≤ 60 s, so it keeps up. The
line then runs to the takt: one car every 60 s, and the 58-second station waits 2 s in every cycle. When the
slowest station needs more than the takt time, the line cannot meet the demand."""),
        a.text(
            kk="""## 3. Ауысымдағы өнім — сызықтық функция

Желіден әр $c$ секунд сайын бір автомобиль шықса, бір сағатта (3600 с) $k = 3600 / c$ автомобиль шығады. Ауысым
басында буферде $b$ дайын автомобиль тұрса, $t$ сағаттан кейін дайын автомобильдер саны

$$y = kt + b.$$

Бұл — **сызықтық функция**: $k$ — оның **бұрыштық коэффициенті** (сағатына автомобиль, 1/сағ), $b$ — **бос мүшесі**,
$t = 0$ кездегі мән. Мысалы, $c = 60$ с болса, $k = 60$; $b = 12$ болса, $y = 60t + 12$, ал 2,5 сағаттан кейін
$y = 60 \\cdot 2{,}5 + 12 = 162$ автомобиль.""",
            ru="""## 3. Выпуск за смену — линейная функция

Если с линии каждые $c$ секунд сходит один автомобиль, за час (3600 с) сходит $k = 3600 / c$ автомобилей. Если в
начале смены в буфере стоят $b$ готовых автомобилей, то через $t$ часов готово

$$y = kt + b.$$

Это **линейная функция**: $k$ — её **угловой коэффициент** (автомобилей в час, 1/ч), $b$ — **свободный член**,
значение при $t = 0$. Например, при $c = 60$ с $k = 60$; при $b = 12$ $y = 60t + 12$, и через 2,5 часа готово
$y = 60 \\cdot 2{,}5 + 12 = 162$ автомобиля.""",
            en="""## 3. The output of a shift is a linear function

When one car leaves the line every $c$ seconds, $k = 3600 / c$ cars leave it in an hour (3600 s). When $b$ finished
cars wait in the buffer at the start of the shift, the number of finished cars after $t$ hours is

$$y = kt + b.$$

This is a **linear function**: $k$ is its **slope** (cars per hour, 1/h), $b$ its **intercept**, the value at
$t = 0$. For example, $c = 60$ s gives $k = 60$; with $b = 12$, $y = 60t + 12$, and after 2.5 hours
$y = 60 \\cdot 2.5 + 12 = 162$ cars are ready."""),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана 1-мысалдың желісінен басталады: сұраныс 440 автомобиль, жұмыс уақыты 440 мин, желінің цикл уақыты 60 с,
буферде 12 автомобиль. ▶ батырмасын баспас бұрын жауап беріңіз: 2 сағ 30 мин өткенде алаңда неше дайын автомобиль
тұрады? Ауысым соңында ше? Ең баяу бекетке 66 с керек болса, сұраныс орындала ма? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория начинается с линии примера 1: спрос 440 автомобилей, рабочее время 440 мин, время цикла линии 60 с, в
буфере 12 автомобилей. Прежде чем нажать кнопку ▶, ответьте: сколько готовых автомобилей будет на площадке через
2 ч 30 мин? А к концу смены? Выполнится ли спрос, если самому медленному посту нужно 66 с? Запишите предсказание в
тетрадь.""",
            en="""### Predict first

The lab starts with the line of example 1: a demand of 440 cars, 440 min of working time, a cycle time of 60 s and
12 cars in the buffer. Before you press ▶, answer: how many finished cars stand in the yard after 2 h 30 min? At
the end of the shift? Is the demand met if the slowest station needs 66 s? Write your prediction down."""),
        a.lab("""lab = line_lab.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. ▶ батырмасын басыңыз: алаң автомобильдермен толады, ал графиктегі нүкте $y = kt + b$ түзуінің бойымен жылжиды.
   2 сағ 30 мин кезінде тоқтатыңыз. Алаңдағы сан болжамыңызбен сәйкес келе ме?
2. Сұранысты 440-тан 400-ге өзгертіңіз. Қай уақыт өзгереді: такт уақыты ма, әлде цикл уақыты ма? Қызғылт сары
   түзу жылжи ма?
3. Сұранысты 440-қа қайтарып, цикл уақытын 66 с етіңіз. Ауысым соңында алаңда не көрінеді? Неше автомобиль жетпейді?
4. Буферді 12-ден 40-қа дейін өзгертіңіз. Түзу графикте қалай жылжиды? $y = kt + b$ формуласының қай саны өзгерді?""",
            ru="""### Исследуйте

1. Нажмите кнопку ▶: площадка заполняется автомобилями, а точка на графике движется по прямой $y = kt + b$.
   Остановите на 2 ч 30 мин. Совпадает ли число на площадке с вашим предсказанием?
2. Измените спрос с 440 на 400. Какое время меняется: время такта или время цикла? Сдвигается ли оранжевая прямая?
3. Верните спрос 440 и поставьте время цикла 66 с. Что видно на площадке в конце смены? Скольких автомобилей не
   хватает?
4. Измените буфер с 12 на 40. Как сдвигается прямая на графике? Какое число в формуле $y = kt + b$ изменилось?""",
            en="""### Explore

1. Press ▶: the yard fills with cars, and the point on the graph moves along the line $y = kt + b$. Stop at
   2 h 30 min. Does the number in the yard match your prediction?
2. Change the demand from 440 to 400. Which time changes: the takt time or the cycle time? Does the orange line move?
3. Set the demand back to 440 and the cycle time to 66 s. What does the yard show at the end of the shift? How many
   cars are short?
4. Change the buffer from 12 to 40. How does the line move on the graph? Which number of $y = kt + b$ changed?"""),
        a.misconception(
            kk="""### Дұрыс па?

Болат былай дейді: «Ең баяу бекетке 66 с керек, желі 440 автомобиль жасай алмайды. Такт уақытын 55 с етейік, сонда
үлгереміз». Келісесіз бе? Такт уақытын не анықтайды? Тапсырысты орындау үшін шын мәнінде нені өзгерту керек? Төмендегі
ұяшық есептейді.""",
            ru="""### Верно ли?

Болат говорит: «Самому медленному посту нужно 66 с, линия не делает 440 автомобилей. Поставим время такта 55 с, тогда
успеем». Согласны? Что задаёт время такта? Что на самом деле нужно изменить, чтобы выполнить заказ? Ячейка ниже
считает.""",
            en="""### Is it true?

Bolat says: "The slowest station needs 66 s, so the line does not make 440 cars. Let us set the takt time to 55 s,
then we will make it." Do you agree? What sets the takt time? What must really change to fill the order? The cell
below computes."""),
        a.code("""shift_hours = 26400 / 3600
print("takt =", line_lab.takt_time(26400, 440), pick({"kk": "с", "ru": "с", "en": "s"}))
# [kk] ең баяу бекет 66 с: желі ауысымда қанша автомобиль жасайды?
# [ru] самый медленный пост 66 с: сколько автомобилей линия сделает за смену?
# [en] the slowest station takes 66 s: how many cars does the line make in the shift?
print(line_lab.cars_after(shift_hours, 66))
# [kk] бекеттің 6 с жұмысын басқа бекетке берсек, цикл уақыты 60 с болады:
# [ru] если передать 6 с работы поста другому посту, время цикла станет 60 с:
# [en] move 6 s of that station's work to another station, and the cycle time is 60 s:
print(line_lab.cars_after(shift_hours, 60))""", role="misconception"),
        a.summary(
            kk="""## Қорытынды

* **Такт уақыты** = жұмыс уақыты / сұраныс: оны **тапсырыс берушілердің сұранысы** анықтайды, желіде оны ешкім
  таңдамайды.
* **Цикл уақыты** — бекетке бір автомобильге керек уақыт; желінің цикл уақыты — ең баяу бекеттің уақыты.
  **Құрастыру желісі** сұранысты цикл уақыты такт уақытынан аспағанда орындайды.
* Әр $c$ секунд сайын бір автомобиль: сағатына $k = 3600 / c$ автомобиль. $t$ сағаттан кейінгі дайын автомобильдер —
  $y = kt + b$ **сызықтық функциясы**: $k$ — **бұрыштық коэффициент**, $b$ — **бос мүше** (ауысым басындағы буфер).""",
            ru="""## Итоги

* **Время такта** = рабочее время / спрос: его задаёт **спрос заказчиков**, на линии его никто не выбирает.
* **Время цикла** — сколько времени нужно посту на один автомобиль; время цикла линии — время самого медленного поста.
  **Сборочная линия** выполняет спрос, когда время цикла не больше времени такта.
* Один автомобиль каждые $c$ секунд: $k = 3600 / c$ автомобилей в час. Готовые автомобили через $t$ часов —
  **линейная функция** $y = kt + b$: $k$ — **угловой коэффициент**, $b$ — **свободный член** (буфер в начале смены).""",
            en="""## Summary

* **Takt time** = working time / demand: the **customer demand** sets it; nobody on the line chooses it.
* **Cycle time**: how long a station needs for one car; the line's cycle time is its slowest station's. An
  **assembly line** meets the demand when its cycle time is at most the takt time.
* One car every $c$ seconds: $k = 3600 / c$ cars per hour. The finished cars after $t$ hours are the
  **linear function** $y = kt + b$: $k$ is the **slope**, $b$ the **intercept** (the buffer at the start)."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Такт уақытын ... анықтайды, цикл уақытын ... анықтайды; желі сұранысты ... орындайды».
2. Ауысым басындағы буфер $y = kt + b$ графигінде қай жерде көрінеді?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Время такта задаёт ..., время цикла задаёт ...; линия выполняет спрос, когда ...».
2. Где на графике $y = kt + b$ видно, сколько автомобилей было в буфере в начале смены?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "The takt time is set by ..., the cycle time by ...; the line meets the demand when ..."
2. Where on the graph of $y = kt + b$ do you see how many cars were in the buffer at the start of the shift?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: when is the target met; two lines; the design ---------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Такт, 2-сабақ. Жоспар қашан орындалады: сызықтық теңдеу және екі желі

Ауысым ортасында желі шебері тақтаға қарап, екі сұрақ қояды. Біздің желі ауысымдағы жоспарды қашан орындайды:
ауысым біткенше үлгере ме? Ал ауысымды буферде көбірек автомобильмен бастаған көрші желіні біз қашан қуып жетеміз?
Екі сұрақтың да жауабын сызықтық функциядан табамыз.""",
            ru="""# Такт, урок 2. Когда выполнен план: линейное уравнение и две линии

В середине смены мастер линии смотрит на табло и задаёт два вопроса. Когда наша линия выполнит план смены: успеет ли
до её конца? И когда мы догоним соседнюю линию, которая начала смену с большим числом автомобилей в буфере? Ответы на
оба вопроса даёт линейная функция.""",
            en="""# Takt, lesson 2. When is the target met: a linear equation and two lines

In the middle of the shift the line's supervisor looks at the board and asks two questions. When will our line
meet the shift's target: before the shift ends? And when will we catch up with the neighbouring line, which began
the shift with more cars in its buffer? A linear function answers both."""),
        a.text(
            kk="""## 4. Жоспар қашан орындалады?

Жоспарда $N$ автомобиль болса, $kt + b = N$ болатын $t$ уақытын іздейміз. Бұл — $t$-ға қатысты сызықтық теңдеу:
$t = (N - b)/k$. Автомобиль тек толық дайын болғанда саналады, сондықтан дайын автомобильдер саны — $kt + b$
мәнінің төмен қарай дөңгелектенген бүтін бөлігі, $\\lfloor kt + b \\rfloor$ (`math.floor`). Мысалы, әр 80 с сайын
бір автомобиль шықса, $k = 45$, ал 1,75 сағаттан кейін $y = 45 \\cdot 1{,}75 = 78{,}75$, бірақ тек 78 автомобиль
дайын. Нақты график — баспалдақ.""",
            ru="""## 4. Когда выполнен план?

Если в плане $N$ автомобилей, ищем время $t$, при котором $kt + b = N$. Это линейное уравнение относительно $t$:
$t = (N - b)/k$. Автомобиль считается, только когда он полностью готов, поэтому число готовых автомобилей — значение
$kt + b$, округлённое вниз до целого, $\\lfloor kt + b \\rfloor$ (`math.floor`). Например, если автомобиль сходит
каждые 80 с, то $k = 45$, и через 1,75 часа $y = 45 \\cdot 1{,}75 = 78{,}75$, но готово только 78 автомобилей.
Настоящий график — ступеньки.""",
            en="""## 4. When is the target met?

With a target of $N$ cars we look for the time $t$ at which $kt + b = N$. This is a linear equation in $t$:
$t = (N - b)/k$. A car counts only when it is finished, so the number of finished cars is $kt + b$ rounded down to a
whole number, $\\lfloor kt + b \\rfloor$ (`math.floor`). For example, one car every 80 s gives $k = 45$; after
1.75 hours $y = 45 \\cdot 1.75 = 78.75$, but only 78 cars are finished. The true graph is a staircase."""),
        a.example(
            kk="""### 2-мысал

1-сабақтың желісі: $y = 60t + 12$, жоспар — 440 автомобиль. $60t + 12 = 440$ теңдеуінен $60t = 428$,
$t = 428/60 \\approx 7{,}13$ сағ, яғни шамамен 7 сағ 8 мин. Жұмыс уақыты 7 сағ 20 мин, сондықтан жоспар ауысым
біткенге дейін 12 минут қалғанда орындалады. Келесі ұяшық теңдеуді sympy көмегімен шешеді.""",
            ru="""### Пример 2

Линия урока 1: $y = 60t + 12$, план — 440 автомобилей. Из уравнения $60t + 12 = 440$ получаем $60t = 428$,
$t = 428/60 \\approx 7{,}13$ ч, то есть примерно 7 ч 8 мин. Рабочее время 7 ч 20 мин, поэтому план выполнен за
12 минут до конца смены. Следующая ячейка решает уравнение с помощью sympy.""",
            en="""### Example 2

The line of lesson 1: $y = 60t + 12$, and the target is 440 cars. From $60t + 12 = 440$ we get $60t = 428$,
$t = 428/60 \\approx 7.13$ h, about 7 h 8 min. The working time is 7 h 20 min, so the target is met 12 minutes
before the shift ends. The next cell solves the equation with sympy."""),
        a.code("""t = sp.Symbol("t", nonnegative=True)
(t_target,) = sp.solve(sp.Eq(60 * t + 12, 440), t)
print(t_target, "=", round(float(t_target), 2))
print(line_lab.time_to_target(440, 60, 12), line_lab.cars_after(1.75, 80))""", role="example"),
        a.text(
            kk="""## 5. Екі желі: теңдеулер жүйесі

A желісі: цикл уақыты 60 с, буферде 12 автомобиль, $y = 60t + 12$. B желісі: цикл уақыты 72 с ($k = 50$), бірақ
буфері үлкен — 60 автомобиль, $y = 50t + 60$. Басында B алда, бірақ A жылдамырақ. Олар қашан теңеседі? Екі
теңдеудің жүйесін шешеміз: $60t + 12 = 50t + 60$, $10t = 48$, $t = 4{,}8$ сағ, сол кезде екеуінде де 300
автомобиль. Графикте бұл — екі түзудің қиылысу нүктесі.""",
            ru="""## 5. Две линии: система уравнений

Линия A: время цикла 60 с, в буфере 12 автомобилей, $y = 60t + 12$. Линия B: время цикла 72 с ($k = 50$), но буфер
больше — 60 автомобилей, $y = 50t + 60$. Сначала B впереди, но A быстрее. Когда они сравняются? Решаем систему двух
уравнений: $60t + 12 = 50t + 60$, $10t = 48$, $t = 4{,}8$ ч, и тогда у обеих по 300 автомобилей. На графике это точка
пересечения двух прямых.""",
            en="""## 5. Two lines: a system of equations

Line A: cycle time 60 s, 12 cars in the buffer, $y = 60t + 12$. Line B: cycle time 72 s ($k = 50$), but a larger
buffer of 60 cars, $y = 50t + 60$. B is ahead at first, but A is faster. When are they level? We solve the system of
two equations: $60t + 12 = 50t + 60$, $10t = 48$, $t = 4.8$ h, when both have 300 cars. On the graph it is the
point where the two lines cross."""),
        a.example(
            kk="""### 3-мысал

Келесі ұяшық жүйені sympy көмегімен шешеді және зертхананың моделімен тексереді.""",
            ru="""### Пример 3

Следующая ячейка решает систему с помощью sympy и проверяет по модели лаборатории.""",
            en="""### Example 3

The next cell solves the system with sympy and checks it with the lab's model."""),
        a.code("""t, y = sp.symbols("t y")
print(sp.solve([sp.Eq(y, 60 * t + 12), sp.Eq(y, 50 * t + 60)], [t, y]))
print(line_lab.meeting_time(60, 12, 72, 60))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Дана былай дейді: «B желісі ауысымды 60 автомобильмен бастады, ал A — 12 автомобильмен. Демек B әрдайым алда».
Келісесіз бе? 6 сағаттан кейін әр желіде неше автомобиль болатынын есептеңіз. Төмендегі ұяшық тексереді.""",
            ru="""### Верно ли?

Дана говорит: «Линия B начала смену с 60 автомобилями, а A — с 12. Значит, B всегда впереди». Согласны? Посчитайте,
сколько автомобилей будет у каждой линии через 6 часов. Ячейка ниже проверяет.""",
            en="""### Is it true?

Dana says: "Line B began the shift with 60 cars and line A with 12, so B is always ahead." Do you agree? Compute how
many cars each line has after 6 hours. The cell below checks."""),
        a.code("""print("A:", line_lab.cars_after(6, 60, 12))
print("B:", line_lab.cars_after(6, 72, 60))""", role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Келесі зертханада сұраныс — жұмыс уақыты 7,5 сағ ауысымда 400 автомобиль, сондықтан такт уақыты 67,5 с. Бірақ
ең баяу бекетке бір автомобильге 70 с керек: желінің цикл уақыты 70 с-тан қысқа бола алмайды. Жүгірткілерді
қозғамас бұрын бағалаңыз: буфер бос болса, желі әр 70 с сайын бір автомобильмен ауысымда неше автомобиль жасайды?
Сұраныс орындалуы үшін ауысым басында буферде кемінде неше автомобиль болуы керек?""",
            ru="""### Сначала оцените

В следующей лаборатории спрос — 400 автомобилей за смену с рабочим временем 7,5 ч, поэтому время такта 67,5 с. Но
самому медленному посту нужно на автомобиль 70 с: время цикла линии не может быть короче 70 с. Прежде чем двигать
ползунки, оцените: сколько автомобилей сделает линия за смену при одном автомобиле каждые 70 с и пустом буфере? Сколько
автомобилей должно быть в буфере в начале смены, чтобы спрос был выполнен?""",
            en="""### Estimate first

In the next lab the demand is 400 cars in a shift of 7.5 h of working time, so the takt time is 67.5 s. But the
slowest station needs 70 s for a car: the line's cycle time cannot be shorter than 70 s. Before you move the
sliders, estimate: how many cars does the line make in the shift at one car every 70 s with an empty buffer? How
many cars must wait in the buffer at the start of the shift for the demand to be met?"""),
        a.design_lab("""design_lab = line_lab.make_lab("shift-400")
design_lab"""),
        a.text(
            kk="""Цикл уақыты мен буферді барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз. Бағалауыңыз
расталды ма? Талаптарды орындайтын тағы бір жобаны табыңыз. Буфер бір ауысымда таусылады: келесі ауысымда сұранысты
орындау үшін зауыт нені өзгертуі керек?""",
            ru="""Подберите время цикла и буфер так, чтобы выполнялись все требования, и нажмите **Проверить проект**.
Подтвердилась ли ваша оценка? Найдите ещё один проект, который выполняет требования. Буфер кончится за одну смену:
что должен изменить завод, чтобы выполнять спрос и в следующую смену?""",
            en="""Choose the cycle time and the buffer so that every requirement holds, and press **Check the design**. Was your
estimate right? Find another design that meets the requirements. The buffer runs out in one shift: what must the
plant change to meet the demand in the next shift too?"""),
        a.summary(
            kk="""## Қорытынды

* Жоспар $kt + b = N$ болғанда орындалады: бұл — сызықтық теңдеу, $t = (N - b)/k$. Сызықтық функцияның **бұрыштық
  коэффициенті** $k$ үлкен болса, жоспар ертерек орындалады; **бос мүше** $b$ — басындағы буфер.
* Дайын автомобильдер — бүтін сан: $\\lfloor kt + b \\rfloor$, график — баспалдақ.
* Екі желі теңесетін уақыт — екі теңдеу жүйесінің шешімі, графиктердің қиылысу нүктесі.
* **Такт уақытын** **тапсырыс берушілердің сұранысы** анықтайды; ең баяу бекеттің **цикл уақыты** тактіден ұзақ
  болса, **құрастыру желісі** сұранысты тек буфер есебінен орындайды, ал түбегейлі шешім — бекеттің жұмысын қысқарту.""",
            ru="""## Итоги

* План выполнен, когда $kt + b = N$: это линейное уравнение, $t = (N - b)/k$. Чем больше **угловой коэффициент** $k$
  линейной функции, тем раньше выполнен план; **свободный член** $b$ — буфер в начале.
* Готовые автомобили — целое число: $\\lfloor kt + b \\rfloor$, график — ступеньки.
* Время, когда две линии сравниваются, — решение системы двух уравнений, точка пересечения графиков.
* **Время такта** задаёт **спрос заказчиков**; если **время цикла** самого медленного поста больше такта,
  **сборочная линия** выполняет спрос только за счёт буфера, а настоящее решение — сократить работу поста.""",
            en="""## Summary

* The target is met when $kt + b = N$: a linear equation, $t = (N - b)/k$. The larger the **slope** $k$ of the
  **linear function**, the sooner the target is met; the **intercept** $b$ is the buffer at the start.
* Finished cars are a whole number: $\\lfloor kt + b \\rfloor$, and the graph is a staircase.
* The time two lines are level is the solution of a system of two equations, where their graphs cross.
* The **customer demand** sets the **takt time**; when the slowest station's **cycle time** is longer, the
  **assembly line** meets the demand only from its buffer, and the real fix is to shorten that station's work."""),
        a.reflection(
            kk="""## Рефлексия

1. Сызықтық теңдеуді шешкенде шыққан 7,13 сағатты шебер түсінетіндей қалай айтар едіңіз?
2. Жобалағанда қай талап ең қиын болды және неге?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Как бы вы сказали мастеру про 7,13 ч, полученные из линейного уравнения, чтобы ему было понятно?
2. Какое требование было самым трудным при проектировании и почему?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. How would you tell the supervisor about the 7.13 h from the linear equation so that it makes sense to them?
2. Which requirement was the hardest in the design, and why?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, fingerprint, require, rules, self_check
from curriculum.i18n import pick
from curriculum.labs import takt as line_lab

# [kk] ауысым басынан өткен сағаттар саны; оған сан бермеңіз
# [ru] число часов от начала смены; не присваивайте ему число
# [en] the number of hours since the start of the shift; do not give it a number
t = sp.Symbol("t", nonnegative=True)"""


# The assignment's parameters cell (docs/variants.md): every student's own numbers for tasks 1-5. Task 1: the dealers'
# demand per shift; its takt times are at least 2 % apart and none is line C's 67.5 s (task 7). Tasks 2-5: line B's
# cycle time (s), buffer (cars) and target (cars), hand-picked: line B is slower than line A (60 s) and ahead of it at
# the start, meets its target and is caught up within the 7.5-hour shift, and every answer of a set (k, t_target,
# t_level) is at least 2 % from every other set's (tests/modules/test_math_07_takt.py checks all of it). The cell
# holds no words: a student sees it in every course language.
PARAMETERS = """from curriculum.variants import Variant

variant = Variant(count=10)
demand = variant.choice([360, 300, 320, 340, 350, 375, 420, 460, 480, 500, 540])
cycle_b, buffer_b, target_b = variant.pick([(72, 30, 400), (62, 20, 420), (64, 15, 320), (66, 30, 340), (68, 55, 400),
                                            (70, 50, 320), (74, 55, 300), (76, 40, 340), (78, 40, 320), (80, 40, 360)])
variant.distinct(demand)
variant.distinct(cycle_b)"""


MSG = {
    "breaks": {"kk": "Ауысымнан үзілістерді (30 мин) алып тастаңыз: 8 сағ − 30 мин = 7,5 сағ.",
               "ru": "Вычтите из смены перерывы (30 мин): 8 ч − 30 мин = 7,5 ч.",
               "en": "Subtract the breaks (30 min) from the shift: 8 h − 30 min = 7.5 h."},
    "hours": {"kk": "Сан сағатпен есептелген: такт уақытын секундпен беріңіз (1 сағ = 3600 с).",
              "ru": "Число посчитано в часах: дайте время такта в секундах (1 ч = 3600 с).",
              "en": "The number is in hours: give the takt time in seconds (1 h = 3600 s)."},
    "per_s": {"kk": "Бұл — секундтағы автомобиль саны. Бір сағатта 3600 секунд бар.",
              "ru": "Это автомобили в секунду. В часе 3600 секунд.",
              "en": "That is cars per second. An hour has 3600 seconds."},
    "per_min": {"kk": "Бұл — минуттағы автомобиль саны. Бір сағатта 60 минут бар.",
                "ru": "Это автомобили в минуту. В часе 60 минут.",
                "en": "That is cars per minute. An hour has 60 minutes."},
    "no_b": {"kk": "Ауысым басында буферде {buffer_b} дайын автомобиль бар: b = {buffer_b}.",
             "ru": "В начале смены в буфере уже {buffer_b} готовых автомобилей: b = {buffer_b}.",
             "en": "At the start of the shift {buffer_b} finished cars are already in the buffer: b = {buffer_b}."},
    "swapped": {"kk": "k мен b орындарын ауыстырып алдыңыз: t-ның алдындағы сан — сағатына автомобиль саны k.",
                "ru": "Вы поменяли местами k и b: число перед t — это автомобили в час k.",
                "en": "You swapped k and b: the number in front of t is the cars per hour k."},
    "t_no_b": {"kk": "Буферді ұмыттыңыз: {target_b} автомобильдің ішінде {buffer_b} автомобиль дайын, желі {target_b - buffer_b} автомобиль жасауы керек.",
               "ru": "Вы забыли буфер: {buffer_b} из {target_b} автомобилей уже готовы, линии нужно сделать {target_b - buffer_b}.",
               "en": "You forgot the buffer: {buffer_b} of the {target_b} cars are ready, the line has to make {target_b - buffer_b}."},
    "t_added": {"kk": "Буфер жоспарға қосылмайды, одан шегеріледі: kt + {buffer_b} = {target_b}.",
                "ru": "Буфер не прибавляется к плану, а вычитается: kt + {buffer_b} = {target_b}.",
                "en": "The buffer is not added to the target but subtracted: kt + {buffer_b} = {target_b}."},
    "not_divided": {"kk": "Теңдеуді соңына дейін шешіңіз: t-ны табу үшін теңдеудің екі жағын да t-ның алдындағы санға бөліңіз.",
                    "ru": "Доведите решение до конца: чтобы найти t, разделите обе части уравнения на число перед t.",
                    "en": "Finish solving the equation: to find t, divide both sides by the number in front of t."},
    "buffers_swapped": {"kk": "Уақыт теріс шықты: әр желінің буферін өз теңдеуіне қойыңыз (A — 12, B — {buffer_b}).",
                        "ru": "Время получилось отрицательным: подставьте буфер каждой линии в её уравнение (A — 12, B — {buffer_b}).",
                        "en": "The time came out negative: put each line's buffer into its own equation (A: 12, B: {buffer_b})."},
}


def _message(key: str) -> str:
    """One message dictionary written as Python: a text with a parameter (``{buffer_b}``) is an f-string."""
    texts = ", ".join(f"{lang!r}: {'f' if '{' in text else ''}{text!r}" for lang, text in MSG[key].items())
    return "{" + texts + "}"


def _messages(*keys: str) -> str:
    """The hidden tests' message dictionaries, written as Python."""
    return "\n".join(f"MSG_{key.upper()} = {_message(key)}" for key in keys)


def assignment(meta: object) -> object:
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Құрастыру желісінің тактісі: сызықтық функция

Зауыттың құрастыру желісінде автомобиль бекеттен бекетке жылжиды, ал соңғы бекеттен дайын автомобиль шығады. Бұл
тапсырмада сіз такт уақыты мен желінің өнімділігін есептейсіз, ауысымдағы өнімді сызықтық функция ретінде жазасыз,
жоспар қашан орындалатынын және екі желі қашан теңесетінін табасыз, бүтін автомобильдерді функциямен санайсыз,
ең баяу бекеті тактіден баяу желі сұранысты қалай орындайтынын жобалайсыз. Уақыты — 45 минут.""",
            ru="""# Такт сборочной линии: линейная функция

На сборочной линии завода автомобиль движется от поста к посту, а с последнего поста сходит готовый автомобиль. В
этом задании вы вычислите время такта и производительность линии, запишете выпуск за смену линейной функцией,
найдёте, когда выполнен план и когда сравняются две линии, посчитаете целые автомобили функцией и спроектируете,
как выполнить спрос линии, у которой самый медленный пост медленнее такта. Время — 45 минут.""",
            en="""# The assembly line's takt: a linear function

On the plant's assembly line a car moves from station to station, and a finished car leaves the last station. In
this assignment you compute the takt time and the line's output rate, write the output of a shift as a linear
function, find when the target is met and when two lines are level, count whole cars with a function, and design
how a line whose slowest station is slower than the takt still meets the demand. Time: 45 minutes."""),
        a.text(
            kk="""Белгілеулер: такт уақыты = жұмыс уақыты / сұраныс (оны сұраныс анықтайды), $c$ — желінің цикл уақыты, с (оны ең
баяу бекет анықтайды), $k = 3600/c$ — сағатына автомобиль, $t$ — ауысым басынан өткен сағат, $b$ — ауысым басында
буферде тұрған дайын автомобильдер, $y = kt + b$ — $t$ сағаттан кейінгі дайын автомобильдер.

**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `5 * ureg.s`, `2 * ureg.hour`,
`10 / ureg.hour`. Python кодында бөлшек сандар нүктемен жазылады: `7.5`. Бірінші код ұяшығындағы `t` әрпіне
(сағаттар саны) сан меншіктемеңіз. Екінші код ұяшығы 1–5-тапсырмалардың сандарын береді: `demand`, `cycle_b`,
`buffer_b`, `target_b` (әр оқушының сандары өзінікі); оларды кодта атауымен қолдануға болады. Әр тапсырманың
астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""Обозначения: время такта = рабочее время / спрос (его задаёт спрос), $c$ — время цикла линии, с (его задаёт самый
медленный пост), $k = 3600/c$ — автомобилей в час, $t$ — часов от начала смены, $b$ — готовые автомобили в буфере в
начале смены, $y = kt + b$ — готовые автомобили через $t$ часов.

**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `5 * ureg.s`, `2 * ureg.hour`,
`10 / ureg.hour`. В коде Python дробные числа пишутся через точку: `7.5`. Не присваивайте число букве `t` (число
часов) из первой ячейки кода. Вторая ячейка кода задаёт числа задач 1–5: `demand`, `cycle_b`, `buffer_b`,
`target_b` (у каждого ученика свои числа); в коде можно пользоваться их именами. Запускайте тестовую ячейку под
каждой задачей: она проверяет форму ответа.""",
            en="""Notation: takt time = working time / demand (the demand sets it), $c$ is the line's cycle time in s (its slowest
station sets it), $k = 3600/c$ cars per hour, $t$ the hours since the start of the shift, $b$ the finished cars in
the buffer at the start of the shift, and $y = kt + b$ the finished cars after $t$ hours.

**How to write answers.** Write a quantity with a unit through `ureg`: `5 * ureg.s`, `2 * ureg.hour`,
`10 / ureg.hour`. In Python code decimals take a point: `7.5`. Do not assign a number to the letter `t` (a number
of hours) of the first code cell. The second code cell gives the numbers of tasks 1–5: `demand`, `cycle_b`,
`buffer_b`, `target_b` (every student has their own); your code may use these names. Run the test cell under each
task: it checks the form of your answer."""),

        a.parameters(PARAMETERS),
        a.text(kk="## А бөлім. Такт, цикл және өнім", ru="## Часть А. Такт, цикл и выпуск",
               en="## Part A. Takt, cycle and output"),
        a.task(1, 1, "A",
               kk="""Ауысым 8 сағатқа созылады, оның 30 минуты — үзілістер. Дилерлер бір ауысымға {demand} автомобиль сұрайды.
Такт уақытын осы сұраныс анықтайды: оны **секундпен** есептеп, `takt` айнымалысына pint шамасы ретінде сақтаңыз,
мысалы `takt = 5 * ureg.s` (бұл жауап емес). 0,5 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Смена длится 8 часов, из них 30 минут — перерывы. Дилеры заказывают {demand} автомобилей за смену. Время такта
задаёт этот спрос: вычислите его **в секундах** и сохраните в `takt` как величину pint, например `takt = 5 * ureg.s`
(это не ответ). Принимается ответ с точностью до 0,5 %.""",
               en="""A shift lasts 8 hours, 30 minutes of which are breaks. The dealers order {demand} cars per shift. This demand sets
the takt time: compute it **in seconds** and store it in `takt` as a pint quantity, for example `takt = 5 * ureg.s`
(not the answer). An answer within 0.5 % is accepted."""),
        a.answer("takt-time", """working_time = (8 * 60 - 30) * 60 * ureg.s
takt = working_time / demand""", hint={"kk": "takt = ...  (pint шамасы, секундпен)", "ru": "takt = ...  (величина pint в секундах)",
                                    "en": "takt = ...  (a pint quantity in s)"}),
        a.tests("takt-time-test", 1, public=f"""require(compare(takt, "s", mode="dimension"))
advise(self_check(takt, fingerprint(line_lab.takt_time((8 * 60 - 30) * 60, demand) * ureg.s, rtol=0.005, mistakes=[
    rules.wrong_answer(8 * 3600 / demand * ureg.s, code="breaks-forgotten", message={_message("breaks")}),
    rules.unit_not_converted("hour", message={_message("hours")})])))""", hidden=f"""{_messages("breaks", "hours")}
require(compare(takt, line_lab.takt_time((8 * 60 - 30) * 60, demand) * ureg.s, mode="units", rtol=0.005, rules=[
    rules.wrong_answer(8 * 3600 / demand * ureg.s, code="breaks-forgotten", message=MSG_BREAKS),
    rules.unit_not_converted("hour", message=MSG_HOURS)]))"""),

        a.task(2, 1, "A",
               kk="""Көрші B желісінің ең баяу бекетіне бір автомобильге {cycle_b} с керек, сондықтан желіден әр {cycle_b} секунд сайын
бір автомобиль шығады: оның цикл уақыты {cycle_b} с. Оның өнімділігін $k$ **сағатына автомобильмен** есептеп, `k` айнымалысына
pint шамасы ретінде сақтаңыз, мысалы `k = 10 / ureg.hour` (бұл жауап емес).""",
               ru="""Самому медленному посту соседней линии B нужно на автомобиль {cycle_b} с, поэтому с линии каждые {cycle_b} с сходит
один автомобиль: её время цикла {cycle_b} с. Вычислите её производительность $k$ **в автомобилях в час** и сохраните в `k` как
величину pint, например `k = 10 / ureg.hour` (это не ответ).""",
               en="""The slowest station of the neighbouring line B needs {cycle_b} s for a car, so one car leaves the line every
{cycle_b} seconds: its cycle time is {cycle_b} s. Compute its output rate $k$ **in cars per hour** and store it in `k` as a pint
quantity, for example `k = 10 / ureg.hour` (not the answer)."""),
        a.answer("rate", "k = (3600 / cycle_b) / ureg.hour", hint={
            "kk": "k = ...  (pint шамасы, 1/сағ бірлігімен: сағатына автомобиль)",
            "ru": "k = ...  (величина pint в 1/ч: автомобилей в час)",
            "en": "k = ...  (a pint quantity in 1/h: cars per hour)"}),
        a.tests("rate-test", 1, public=f"""require(compare(k, "1/h", mode="dimension"))
advise(self_check(k, fingerprint(line_lab.rate_per_hour(cycle_b) / ureg.hour, rtol=0.005, mistakes=[
    rules.unit_not_converted("1/s", message={_message("per_s")}),
    rules.unit_not_converted("1/min", message={_message("per_min")})])))""", hidden=f"""{_messages("per_s", "per_min")}
require(compare(k, line_lab.rate_per_hour(cycle_b) / ureg.hour, mode="units", rtol=0.005, rules=[
    rules.unit_not_converted("1/s", message=MSG_PER_S), rules.unit_not_converted("1/min", message=MSG_PER_MIN)]))"""),

        a.task(3, 1, "A",
               kk="""Ауысым басында B желісінің буферінде {buffer_b} дайын автомобиль тұр. Ауысым басынан $t$ сағаттан кейінгі дайын
автомобильдер санын $y = kt + b$ түрінде жазыңыз: бірінші ұяшықтағы `t` әрпі (сағаттар саны) арқылы sympy өрнегі,
`y_expr` айнымалысына, мысалы `y_expr = 2*t + 5` (бұл жауап емес). 2-тапсырмадағы `k`-ны қолдануға болады: оның
бірлігі 1/сағ, ал $t$ сағат — `t * ureg.hour`, сондықтан `k * t * ureg.hour` — автомобильдер саны.""",
               ru="""В начале смены в буфере линии B уже стоят {buffer_b} готовых автомобилей. Запишите число готовых автомобилей через $t$
часов после начала смены в виде $y = kt + b$: выражение sympy от буквы `t` из первой ячейки (число часов), в `y_expr`,
например `y_expr = 2*t + 5` (это не ответ). Можно использовать `k` из задачи 2: его единица 1/ч, а $t$ часов — это
`t * ureg.hour`, поэтому `k * t * ureg.hour` — число автомобилей.""",
               en="""At the start of the shift {buffer_b} finished cars already wait in line B's buffer. Write the number of finished cars
$t$ hours after the start of the shift as $y = kt + b$: a sympy expression in the letter `t` of the first cell (a
number of hours), stored in `y_expr`, for example `y_expr = 2*t + 5` (not the answer). You may use your `k` of task
2: its unit is 1/h and $t$ hours are `t * ureg.hour`, so `k * t * ureg.hour` is a number of cars."""),
        a.answer("y-expr", "y_expr = 3600 / cycle_b * t + buffer_b", hint={
            "kk": "y_expr = ...  (t арқылы sympy өрнегі)", "ru": "y_expr = ...  (выражение sympy от t)",
            "en": "y_expr = ...  (a sympy expression in t)"}),
        a.tests("y-expr-test", 1, public=f"""assert not hasattr(y_expr, "units") or y_expr.dimensionless, pick({{"kk": "y_expr — автомобильдер саны, оның бірлігі болмайды: k-ның бірлігі 1/сағ болса, оны сағатпен берілген уақытқа көбейтіңіз (тапсырманың мәтінін қараңыз).", "ru": "y_expr — число автомобилей, у него нет единицы: если у k единица 1/ч, умножьте его на время в часах (см. текст задачи).", "en": "y_expr is a number of cars and has no unit: if k has the unit 1/h, multiply it by a time in hours (see the task's text)."}})
assert isinstance(getattr(y_expr, "magnitude", y_expr), sp.Expr), pick({{"kk": "y_expr — t арқылы жазылған sympy өрнегі болуы керек.", "ru": "y_expr должно быть выражением sympy от t.", "en": "y_expr should be a sympy expression in t."}})
advise(self_check(y_expr, fingerprint(sp.Rational(3600, cycle_b) * t + buffer_b, mistakes=[
    rules.wrong_answer(sp.Rational(3600, cycle_b) * t, code="buffer-forgotten", message={_message("no_b")}),
    rules.wrong_answer(buffer_b * t + sp.Rational(3600, cycle_b), code="k-b-swapped", message={_message("swapped")})])))""",
                hidden=f"""{_messages("no_b", "swapped")}
require(compare(y_expr, sp.Rational(3600, cycle_b) * t + buffer_b, rules=[
    rules.wrong_answer(sp.Rational(3600, cycle_b) * t, code="buffer-forgotten", message=MSG_NO_B),
    rules.wrong_answer(buffer_b * t + sp.Rational(3600, cycle_b), code="k-b-swapped", message=MSG_SWAPPED)]))"""),

        a.text(kk="## Ә бөлім. Сызықтық теңдеу және екі желі", ru="## Часть Б. Линейное уравнение и две линии",
               en="## Part B. A linear equation and two lines"),
        a.task(4, 2, "B",
               kk="""B желісінің ауысымдағы жоспары — {target_b} дайын автомобиль. Сызықтық теңдеу құрып, жоспар ауысым басынан қанша
уақыттан кейін орындалатынын табыңыз. Жауапты `t_target` айнымалысына pint шамасы ретінде сақтаңыз, мысалы
`t_target = 2.5 * ureg.hour` (бұл жауап емес; `sp.solve` көмектеседі). 0,5 % дәлдікпен есептелген жауап
қабылданады.""",
               ru="""План линии B на смену — {target_b} готовых автомобилей. Составьте линейное уравнение и найдите, через сколько времени
после начала смены план будет выполнен. Сохраните ответ в `t_target` как величину pint, например
`t_target = 2.5 * ureg.hour` (это не ответ; поможет `sp.solve`). Принимается ответ с точностью до 0,5 %.""",
               en="""Line B's target for the shift is {target_b} finished cars. Set up a linear equation and find how long after the start
of the shift the target is met. Store the answer in `t_target` as a pint quantity, for example
`t_target = 2.5 * ureg.hour` (not the answer; `sp.solve` helps). An answer within 0.5 % is accepted."""),
        a.answer("target-time", """(root,) = sp.solve(sp.Eq(3600 / cycle_b * t + buffer_b, target_b), t)
t_target = float(root) * ureg.hour""", hint={"kk": "t_target = ...  (pint шамасы, сағатпен)",
                                             "ru": "t_target = ...  (величина pint в часах)",
                                             "en": "t_target = ...  (a pint quantity in hours)"}),
        a.tests("target-time-test", 2, public=f"""require(compare(t_target, "h", mode="dimension"))
advise(self_check(t_target, fingerprint(line_lab.time_to_target(target_b, cycle_b, buffer_b) * ureg.hour, rtol=0.005, mistakes=[
    rules.wrong_answer(line_lab.time_to_target(target_b, cycle_b, 0) * ureg.hour, code="buffer-forgotten", message={_message("t_no_b")}),
    rules.wrong_answer(line_lab.time_to_target(target_b + buffer_b, cycle_b, 0) * ureg.hour, code="buffer-added",
                       message={_message("t_added")})])))""", hidden=f"""{_messages("t_no_b", "t_added")}
require(compare(t_target, line_lab.time_to_target(target_b, cycle_b, buffer_b) * ureg.hour, mode="units", rtol=0.005, rules=[
    rules.wrong_answer(line_lab.time_to_target(target_b, cycle_b, 0) * ureg.hour, code="buffer-forgotten", message=MSG_T_NO_B),
    rules.wrong_answer(line_lab.time_to_target(target_b + buffer_b, cycle_b, 0) * ureg.hour, code="buffer-added",
                       message=MSG_T_ADDED)]))"""),

        a.task(5, 2, "B",
               kk="""A желісінен әр 60 с сайын бір автомобиль шығады, ол ауысымды буферде 12 автомобильмен бастайды. B желісі —
2–3-тапсырмалардағы желі, ауысым басында ол алда. Ауысым басынан неше сағаттан кейін екі желіде де дайын
автомобильдер (буферімен бірге) бірдей болады? Екі желінің теңдеулерінің жүйесін шешіп, уақытты `t_level`
айнымалысына pint шамасы ретінде сақтаңыз (`... * ureg.hour`). 0,5 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""С линии A каждые 60 с сходит один автомобиль, и она начинает смену с 12 автомобилями в буфере. Линия B — линия
задач 2–3, в начале смены она впереди. Через сколько часов после начала смены у обеих линий будет поровну готовых
автомобилей (вместе с буфером)? Решите систему уравнений двух линий и сохраните время в `t_level` как величину pint
(`... * ureg.hour`). Принимается ответ с точностью до 0,5 %.""",
               en="""Line A releases one car every 60 s and begins the shift with 12 cars in its buffer. Line B is the line of tasks
2–3; it is ahead at the start. How many hours after the start of the shift do both lines have as many finished cars
(buffer included)? Solve the system of the two lines' equations and store the time in `t_level` as a pint quantity
(`... * ureg.hour`). An answer within 0.5 % is accepted."""),
        a.answer("lines-level", """y = sp.Symbol("y")
solution = sp.solve([sp.Eq(y, 60 * t + 12), sp.Eq(y, 3600 / cycle_b * t + buffer_b)], [t, y])
t_level = float(solution[t]) * ureg.hour""", hint={"kk": "t_level = ...  (pint шамасы, сағатпен)",
                                                  "ru": "t_level = ...  (величина pint в часах)",
                                                  "en": "t_level = ...  (a pint quantity in hours)"}),
        a.tests("lines-level-test", 2, public=f"""require(compare(t_level, "h", mode="dimension"))
advise(self_check(t_level, fingerprint(line_lab.meeting_time(60, 12, cycle_b, buffer_b) * ureg.hour, rtol=0.005, mistakes=[
    rules.wrong_answer((buffer_b - 12) * ureg.hour, code="not-divided", message={_message("not_divided")}),
    rules.wrong_answer(-line_lab.meeting_time(60, 12, cycle_b, buffer_b) * ureg.hour, code="buffers-swapped",
                       message={_message("buffers_swapped")})])))""", hidden=f"""{_messages("not_divided", "buffers_swapped")}
require(compare(t_level, line_lab.meeting_time(60, 12, cycle_b, buffer_b) * ureg.hour, mode="units", rtol=0.005, rules=[
    rules.wrong_answer((buffer_b - 12) * ureg.hour, code="not-divided", message=MSG_NOT_DIVIDED),
    rules.wrong_answer(-line_lab.meeting_time(60, 12, cycle_b, buffer_b) * ureg.hour, code="buffers-swapped",
                       message=MSG_BUFFERS_SWAPPED)]))"""),

        a.task(6, 2, "B",
               kk="""Желі шебері кез келген уақытта дайын автомобильдер санын білгісі келеді. `cars_after(t_hours, cycle_s, buffer)`
функциясын жазыңыз: алдымен `k = 3600 / cycle_s`, содан кейін $y = k\\cdot t + b$; автомобиль тек толық дайын
болғанда ғана саналады, сондықтан $y$-ті **төмен қарай** бүтінге дейін дөңгелектеңіз: `math.floor(...)`. Функция
бүтін сан (`int`) қайтарсын. Мысалы, `cars_after(7.5, 60, 0)` — `450`, `cars_after(0.5, 72, 3)` — `28`.""",
               ru="""Мастер линии хочет знать число готовых автомобилей в любой момент. Напишите функцию
`cars_after(t_hours, cycle_s, buffer)`: сначала `k = 3600 / cycle_s`, затем $y = k\\cdot t + b$; автомобиль
считается, только когда он полностью готов, поэтому округлите $y$ **вниз** до целого: `math.floor(...)`. Функция
возвращает целое число (`int`). Например, `cars_after(7.5, 60, 0)` — `450`, `cars_after(0.5, 72, 3)` — `28`.""",
               en="""The line's supervisor wants the number of finished cars at any moment. Write a function
`cars_after(t_hours, cycle_s, buffer)`: first `k = 3600 / cycle_s`, then $y = k\\cdot t + b$; a car counts only when
it is completely finished, so round $y$ **down** to a whole number: `math.floor(...)`. The function returns a whole
number (`int`). For example, `cars_after(7.5, 60, 0)` is `450` and `cars_after(0.5, 72, 3)` is `28`."""),
        a.answer("cars-function", """def cars_after(t_hours, cycle_s, buffer):
    rate = 3600 / cycle_s                   # cars per hour
    return math.floor(rate * t_hours + buffer)""", hint={
            "kk": "def cars_after(t_hours, cycle_s, buffer): ...  автомобильдердің бүтін санын қайтарады",
            "ru": "def cars_after(t_hours, cycle_s, buffer): ...  возвращает целое число автомобилей",
            "en": "def cars_after(t_hours, cycle_s, buffer): ...  returns a whole number of cars"}),
        a.tests("cars-function-test", 2, public="""assert callable(cars_after), pick({"kk": "cars_after — функция болуы керек (def cars_after(t_hours, cycle_s, buffer): ...).", "ru": "cars_after должна быть функцией (def cars_after(t_hours, cycle_s, buffer): ...).", "en": "cars_after should be a function (def cars_after(t_hours, cycle_s, buffer): ...)."})
require(compare(cars_after(7.5, 60, 0), 450, mode="numeric", rtol=0))
require(compare(cars_after(0.5, 72, 3), 28, mode="numeric", rtol=0))""", hidden="""from fractions import Fraction
from curriculum.labs import takt as _takt_lab

def clear_cut(t_hours, cycle_s, buffer):
    \"\"\"Inputs whose whole number does not hang on the last digit of a float (every sensible order of operations agrees).\"\"\"
    exact = Fraction(3600) * Fraction(t_hours) / Fraction(cycle_s) + buffer
    return (exact.denominator == 1 and 3600 % cycle_s == 0) or abs(exact - round(exact)) > Fraction(1, 10**6)

require(check_function(cars_after, _takt_lab.cars_after, inputs=[
    (q / 4, cycle_s, b) for q in range(0, 49) for cycle_s in (30, 45, 50, 56, 60, 64, 67.5, 70, 72, 75, 80, 90, 96, 120)
    for b in (0, 7, 30) if clear_cut(q / 4, cycle_s, b)]))"""),

        a.text(kk="## Б бөлім. Жоба және түсіндіру", ru="## Часть В. Проект и объяснение",
               en="## Part C. Design and explain"),
        a.task(7, 2, "C",
               kk="""C желісінің ауысымы: жұмыс уақыты 7,5 сағ, сұраныс 400 автомобиль, сондықтан такт уақыты 67,5 с. Бірақ оның ең
баяу бекетіне бір автомобильге 70 с керек, сондықтан желінің цикл уақыты 70 с-тан қысқа бола алмайды. Буферде
алдыңғы ауысымнан қалған дайын автомобильдерге 30 орын бар. Ауысым соңында **кемінде 400**, бірақ **410-нан көп
емес** автомобиль дайын болатындай (артық өндіріс — ысырап, үнемді өндірістегі muda) цикл уақыты мен ауысым басындағы
буфердегі автомобильдер санын таңдаңыз. Оларды төмендегі зертханада таңдап, **Жобаны тексеру** батырмасын
басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына көшіріңіз: бағалау кезінде ешкім жүгірткіні
жылжытпайды.""",
               ru="""Смена линии C: рабочее время 7,5 ч, спрос 400 автомобилей, поэтому время такта 67,5 с. Но самому медленному посту
нужно на автомобиль 70 с, поэтому время цикла линии не может быть короче 70 с. В буфере 30 мест для готовых
автомобилей, оставшихся от прошлой смены. Подберите время цикла и число автомобилей в буфере в начале смены так,
чтобы к концу смены было готово **не меньше 400** автомобилей, но **не больше 410** (перепроизводство — потери, muda
в бережливом производстве). Подберите их в лаборатории ниже, нажмите **Проверить проект** и скопируйте строку
`design = {...}`, которую показывает лаборатория, в ячейку ответа: при оценивании никто не двигает ползунки.""",
               en="""Line C's shift: 7.5 h of working time and a demand of 400 cars, so the takt time is 67.5 s. But its slowest
station needs 70 s for a car, so the line's cycle time cannot be shorter than 70 s. The buffer has 30 places for
finished cars left from the last shift. Choose the cycle time and the number of cars in the buffer at the start so
that **at least 400** cars but **no more than 410** are ready at the end of the shift (overproduction is waste, muda
in lean production). Choose them in the lab below, press **Check the design**, then copy the line `design = {...}`
the lab shows into the answer cell: nobody moves a slider when your work is graded."""),
        a.code("""line_lab.make_lab("shift-400")"""),
        a.answer("line-design", "design = {'cycle_s': 70.0, 'buffer': 20.0}",
                 before="# design = {'cycle_s': ..., 'buffer': ...}"),
        a.tests("line-design-test", 2, public="""assert isinstance(design, dict) and {"cycle_s", "buffer"} <= set(design), pick({"kk": "design = {'cycle_s': ..., 'buffer': ...} (зертхана көрсететін жол)", "ru": "design = {'cycle_s': ..., 'buffer': ...} (строка, которую показывает лаборатория)", "en": "design = {'cycle_s': ..., 'buffer': ...} (the line the lab shows)"})
advise(check_design(design, line_lab.DESIGN_SPEC, model=line_lab.design_result))""",
                hidden="""require(check_design(design, line_lab.DESIGN_SPEC, model=line_lab.design_result))"""),

        a.task(8, 3, "C", locked_id="slope-intercept-prompt",
               kk="""3–6 сөйлеммен түсіндіріңіз:
1. B желісі үшін (2–3-тапсырмалар) $y = kt + b$ функциясындағы $k$ (бұрыштық коэффициент) пен $b$ (бос мүше) нені
   білдіреді? Өлшем бірліктерін атаңыз және графикте олар қайда көрінетінін айтыңыз.
2. Неліктен дайын автомобильдер саны бүтін сан және неліктен біз ең жақын бүтінге емес, **төмен қарай**
   дөңгелектейміз? Өз жұмысыңыздан мысал келтіріңіз.

Жауапты төмендегі ұяшыққа жазыңыз.""",
               ru="""В 3–6 предложениях объясните:
1. что означают для линии B (задачи 2–3) $k$ (угловой коэффициент) и $b$ (свободный член) в функции $y = kt + b$?
   Назовите их единицы измерения и скажите, где они видны на графике;
2. почему число готовых автомобилей — целое и почему мы округляем **вниз**, а не до ближайшего целого? Приведите
   пример из своей работы.

Напишите ответ в ячейке ниже.""",
               en="""In 3–6 sentences explain:
1. what $k$ (the slope) and $b$ (the intercept) of $y = kt + b$ mean for line B (tasks 2–3): name their units and say
   where they show on the graph;
2. why the number of finished cars is a whole number, and why we round **down**, not to the nearest whole number.
   Give an example from your work.

Write your answer in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: $k$ — желінің өнімділігі, сағатына автомобиль (1/сағ), $k = 3600/c$, мұндағы $c$ — цикл уақыты;
  графиктің бұрыштық коэффициенті: $t$ бір сағатқа өскенде $y$ $k$-ға өседі.
* 1 ұпай: $b$ — ауысым басында ($t = 0$) буферде тұрған дайын автомобильдер (дана); график $y$ осін $b$ нүктесінде
  қияды.
* 1 ұпай: автомобиль тек толық жиналғанда саналады, жартылай жиналған автомобильді тапсыруға болмайды, сондықтан
  floor (мысалы, 78,75 → 78, ал 79 емес); нақты график — баспалдақ, $y = kt + b$ түзуі оның «тегістелген» түрі.""",
                   "ru": """* 1 балл: $k$ — производительность линии, автомобилей в час (1/ч), $k = 3600/c$, где $c$ — время цикла; это
  наклон графика: когда $t$ растёт на час, $y$ растёт на $k$.
* 1 балл: $b$ — готовые автомобили в буфере в начале смены ($t = 0$), штук; график пересекает ось $y$ в точке $b$.
* 1 балл: автомобиль считается, только когда полностью собран, полусобранный автомобиль нельзя отгрузить, поэтому
  floor (например, 78,75 → 78, а не 79); настоящий график — ступеньки, прямая $y = kt + b$ — их «сглаженный» вид.""",
                   "en": """* 1 point: $k$ is the line's output rate in cars per hour (1/h), $k = 3600/c$ with $c$ the cycle time; it is
  the slope of the graph: when $t$ grows by one hour, $y$ grows by $k$.
* 1 point: $b$ is the number of finished cars in the buffer at the start of the shift ($t = 0$), a count; the graph
  crosses the $y$-axis at $b$.
* 1 point: a car counts only when it is completely assembled, and half a car cannot be shipped, so we use floor (for
  instance 78.75 → 78, not 79); the true graph is a staircase and the line $y = kt + b$ is its smoothed form."""}),
        a.written("slope-intercept", 3, """*With the example's numbers (line B: a cycle time of 72 s, 30 cars in the buffer); every student's
own differ: cycle time $c$, buffer $b$, $k = 3600/c$.*

**Model answer (en).** In $y = 50t + 30$ the slope $k = 50$ cars per hour is line B's output rate: every hour
50 more cars are finished, because one car leaves the line every 72 s and $3600/72 = 50$. On the graph it is how
steeply the line rises. The intercept $b = 30$ cars is the value at $t = 0$: the finished cars already in the buffer
at the start of the shift, where the graph crosses the $y$-axis. Cars are counted as whole objects: a car that is
three quarters assembled cannot be shipped, so after 1.75 h at one car every 80 s the formula gives 78.75 but only
78 cars are finished. That is why we round down (floor), not to the nearest number; the real graph is a staircase
under the line.

**Үлгі жауап (kk).** $y = 50t + 30$ функциясында бұрыштық коэффициент $k = 50$ автомобиль/сағ — B желісінің
өнімділігі: әр сағат сайын тағы 50 автомобиль дайын болады, себебі желіден әр 72 с сайын бір автомобиль шығады және
$3600/72 = 50$. $b = 30$ — ауысым басында буферде тұрған автомобильдер, график $y$ осін осы нүктеде қияды. Жартылай
жиналған автомобильді тапсыруға болмайды: 1,75 сағаттан кейін әр 80 с сайын бір автомобильмен формула 78,75 береді,
бірақ тек 78 автомобиль дайын, сондықтан төмен қарай дөңгелектейміз.

**Образец ответа (ru).** В $y = 50t + 30$ угловой коэффициент $k = 50$ автомобилей в час — производительность
линии B: каждый час готово ещё 50 автомобилей, потому что с линии каждые 72 с сходит один автомобиль и
$3600/72 = 50$. $b = 30$ — автомобили в буфере в начале смены, там график пересекает ось $y$. Полусобранный автомобиль
нельзя отгрузить: через 1,75 ч при одном автомобиле каждые 80 с формула даёт 78,75, но готово только 78 автомобилей,
поэтому округляем вниз."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "takt.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
