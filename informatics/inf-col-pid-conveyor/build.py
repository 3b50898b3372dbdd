"""Writes inf-col-pid-conveyor's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-col-pid-conveyor/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_inf_col_pid_conveyor.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the tasks or comes from the lab's model (``curriculum.labs.pid``);
the module's test pins each one to the model. Tasks 5 and 6 have per-student variants (``docs/variants.md``): the
parameters cell draws each student's setpoint, Kp, gearbox ratio and drum.
"""

from __future__ import annotations

from pathlib import Path

from curriculum import authoring as a
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "inf-col-pid-conveyor"

LESSON_SETUP = """import math
from curriculum.i18n import pick
from curriculum.labs import pid
from curriculum.labs.pid import K, TAU, first_order_step, simulate, steady_state_p, time_constant_from_point"""


# -- lesson 1: the drive as a first-order plant, the time constant and P control ----------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Конвейер жетегін PID реттеу, 1-сабақ. Жетек — бірінші ретті буын: уақыт тұрақтысы және P-реттегіш

Зауыттағы бөлшектер конвейері тұрақты жылдамдықпен жүруі керек: тым баяу болса, құрастыру желісі бөлшек күтеді,
тым жылдам немесе секіріспен жүрсе, бөлшектер таспада жылжиды. Іске қосу-баптау инженері конвейерді қосты:
қозғалтқыш 1200 айн/мин жылдамдыққа қанша уақытта жетеді? Ал PLC-дегі қарапайым ереже «жылдамдық аз болса, команданы
қатты арттыр» конвейерді дәл 1200 айн/мин-қа жеткізе ме?""",
            ru=r"""# PID-регулирование привода конвейера, урок 1. Привод — звено первого порядка: постоянная времени и P-регулятор

Конвейер деталей на заводе должен идти с постоянной скоростью: слишком медленно — сборочная линия ждёт детали,
слишком быстро или рывками — детали сдвигаются на ленте. Инженер по пусконаладке включил конвейер: за какое время
двигатель выходит на 1200 об/мин? И доведёт ли простое правило в PLC «скорость мала — сильнее увеличь команду»
конвейер ровно до 1200 об/мин?""",
            en=r"""# PID control of a conveyor drive, lesson 1. The drive as a first-order plant: the time constant and P control

A parts conveyor in the plant must run at a steady speed: too slow and the assembly line waits for parts, too fast
or jerky and the parts slide on the belt. The commissioning engineer has switched the conveyor on: how long does
the motor take to reach 1200 rpm? And will the PLC's simple rule "the speed is low, raise the command harder" bring
the conveyor to exactly 1200 rpm?"""),
        a.text(
            kk=r"""## 1. Басқару объектісі: бірінші ретті буын

Конвейерді асинхронды қозғалтқыш редуктор арқылы айналдырады, қозғалтқышты жиілік түрлендіргіші (VFD) басқарады.
Контроллер (PLC) әр $\Delta t = 0{,}02$ с сайын қозғалтқыштың жылдамдығын $n$ (айн/мин) өлшеп, түрлендіргішке
команда $u$ береді (толық шкаладан 0–100 %). Реттелетін жетек — **басқару объектісі** (plant).

Түрлендіргішке $u$ командасын берсек, қозғалтқыш бірден емес, біртіндеп үдейді: оның жылдамдығы бірінші ретті
теңдеумен сипатталады. Командаға секіріс берілгендегі жылдамдықтың уақыт бойынша өзгерісі —
**секіріске реакция (өтпелі сипаттама)**:""",
            ru=r"""## 1. Объект управления: звено первого порядка

Конвейер вращает асинхронный двигатель через редуктор, двигателем управляет преобразователь частоты (VFD).
Контроллер (PLC) каждые $\Delta t = 0{,}02$ с измеряет скорость двигателя $n$ (об/мин) и подаёт на преобразователь
команду $u$ (0–100 % полной шкалы). Регулируемый привод — **объект управления** (plant).

Если подать на преобразователь команду $u$, двигатель разгоняется не сразу, а постепенно: его скорость описывает
уравнение первого порядка. Как меняется скорость во времени после скачка команды, показывает
**реакция на скачок (переходная характеристика)**:""",
            en=r"""## 1. The plant: a first-order system

An induction motor turns the conveyor through a gearbox, and a frequency converter (VFD) drives the motor. Every
$\Delta t = 0.02$ s the controller (PLC) measures the motor speed $n$ (rpm) and sends the converter a command $u$
(0–100 % of full scale). The drive being controlled is the **plant**.

Give the converter a command $u$ and the motor does not jump to speed but speeds up gradually: a first-order
equation describes its speed. How the speed changes in time after a step of the command is the **step response**:"""),
        a.formula(r"""$$\tau \frac{dn}{dt} = -n + K u, \qquad n(t) = K u \left(1 - e^{-t/\tau}\right)$$"""),
        a.text(
            kk=r"""Мұнда $K = 15$ (айн/мин)/% — күшейту коэффициенті (100 % → 1500 айн/мин), $\tau$ — **уақыт тұрақтысы**
(time constant), біздің жетекте $\tau = 0{,}5$ с. $t = \tau$ кезінде жылдамдық соңғы мәннің
$1 - e^{-1} \approx 63{,}2$ %-на, $3\tau$ кезінде ≈ 95 %-на жетеді. Сондықтан өлшеулерден $\tau$-ды екі тәсілмен
табады: **63 % ережесі** — жылдамдық соңғы мәннің 63,2 %-на жеткен уақыт; немесе кез келген бір нүктеден
$(t, n)$: $\tau = -\dfrac{t}{\ln\left(1 - n/n_\infty\right)}$.""",
            ru=r"""Здесь $K = 15$ (об/мин)/% — коэффициент усиления (100 % → 1500 об/мин), $\tau$ — **постоянная времени**
(time constant), у нашего привода $\tau = 0{,}5$ с. При $t = \tau$ скорость достигает $1 - e^{-1} \approx 63{,}2$ %
конечной, при $3\tau$ — около 95 %. Поэтому $\tau$ находят по измерениям двумя способами: **правило 63 %** — время,
за которое скорость дошла до 63,2 % конечной; или по любой одной точке $(t, n)$:
$\tau = -\dfrac{t}{\ln\left(1 - n/n_\infty\right)}$.""",
            en=r"""Here $K = 15$ rpm/% is the gain (100 % → 1500 rpm) and $\tau$ the **time constant**, $\tau = 0.5$ s for
our drive. At $t = \tau$ the speed reaches $1 - e^{-1} \approx 63.2$ % of its final value, at $3\tau$ about 95 %. So
$\tau$ is found from measurements in two ways: the **63 % rule**, the time at which the speed has reached 63.2 % of
its final value; or from any one point $(t, n)$: $\tau = -\dfrac{t}{\ln\left(1 - n/n_\infty\right)}$."""),
        a.example(
            kk=r"""### 1-мысал

Реттегішті ажыратып, түрлендіргішке $u = 60$ % берейік. Соңғы жылдамдық $15 \cdot 60 = 900$ айн/мин, ал
$t = \tau = 0{,}5$ с кезінде $900 \cdot (1 - e^{-1}) \approx 569$ айн/мин — 900-дің 63,2 %-ы. Керісінше: өлшеуде
$t = 0{,}2$ с кезінде $n = 297$ айн/мин болса, $\tau = -\dfrac{0{,}2}{\ln(1 - 297/900)} \approx 0{,}5$ с. Келесі
ұяшық мұны модельдің функцияларымен есептейді.""",
            ru=r"""### Пример 1

Отключим регулятор и подадим на преобразователь $u = 60$ %. Конечная скорость $15 \cdot 60 = 900$ об/мин, а при
$t = \tau = 0{,}5$ с — $900 \cdot (1 - e^{-1}) \approx 569$ об/мин, 63,2 % от 900. Обратно: если при $t = 0{,}2$ с
измерено $n = 297$ об/мин, то $\tau = -\dfrac{0{,}2}{\ln(1 - 297/900)} \approx 0{,}5$ с. Следующая ячейка считает
это функциями модели.""",
            en=r"""### Example 1

Switch the controller off and give the converter $u = 60$ %. The final speed is $15 \cdot 60 = 900$ rpm, and at
$t = \tau = 0.5$ s it is $900 \cdot (1 - e^{-1}) \approx 569$ rpm, 63.2 % of 900. The other way round: if
$n = 297$ rpm was measured at $t = 0.2$ s, then $\tau = -\dfrac{0.2}{\ln(1 - 297/900)} \approx 0.5$ s. The next
cell computes this with the model's functions."""),
        a.code(r"""print(pick({"kk": "u = 60 %: n(τ) =", "ru": "u = 60 %: n(τ) =", "en": "u = 60 %: n(τ) ="}),
      round(first_order_step(TAU, 60)), pick({"kk": "айн/мин, соңғы мәні", "ru": "об/мин, конечная", "en": "rpm, final"}),
      round(K * 60), pick({"kk": "айн/мин", "ru": "об/мин", "en": "rpm"}))
print("τ =", round(time_constant_from_point(0.2, 297, 900), 3), pick({"kk": "с", "ru": "с", "en": "s"}))""",
               role="example"),
        a.text(
            kk=r"""## 2. P-реттегіш және орныққан қате

Жылдамдықты **берілген мән** (setpoint) $r$-да ұстау үшін контроллер қатені $e = r - n$ өлшейді. Ең қарапайым
басқару заңы — P-реттегіш: $u = K_p\, e$. **Орныққан режимде** (steady state) жылдамдық енді өзгермейді,
$dn/dt = 0$, сондықтан $n = K u$: қозғалтқыш айналып тұруы үшін оған нөлдік емес команда $u$ керек. Ал P-реттегіште
$u \ne 0$ тек $e \ne 0$ болғанда ғана бар. Екі теңдеуден $n = \dfrac{K K_p}{1 + K K_p}\, r$ шығады:
**орныққан қате** қалады.

$K_p = 0{,}2$ кезінде $K K_p = 3$, ал $r = 1200$ айн/мин кезінде $n = \dfrac{3}{4} \cdot 1200 = 900$ айн/мин:
конвейер 25 % баяу жүреді. $K_p$-ны арттырсақ, қате азаяды. Бірақ контроллер жылдамдықты тек әр 0,02 с сайын
өлшейді: $K_p$ тым үлкен болса, ол әр қадамда командасын тым қатты түзетеді.""",
            ru=r"""## 2. P-регулятор и статическая ошибка

Чтобы держать скорость на **уставке** (setpoint) $r$, контроллер измеряет ошибку $e = r - n$. Самый простой закон
управления — P-регулятор: $u = K_p\, e$. В **установившемся режиме** (steady state) скорость больше не меняется,
$dn/dt = 0$, поэтому $n = K u$: чтобы двигатель крутился, ему нужна ненулевая команда $u$. А у P-регулятора $u \ne 0$
только при $e \ne 0$. Из двух уравнений $n = \dfrac{K K_p}{1 + K K_p}\, r$: остаётся **статическая ошибка**.

При $K_p = 0{,}2$ произведение $K K_p = 3$, и при $r = 1200$ об/мин $n = \dfrac{3}{4} \cdot 1200 = 900$ об/мин: конвейер идёт на
25 % медленнее. С ростом $K_p$ ошибка уменьшается. Но контроллер измеряет скорость только каждые 0,02 с: при
слишком большом $K_p$ он на каждом шаге поправляет команду слишком сильно.""",
            en=r"""## 2. P control and the steady-state error

To hold the speed at the **setpoint** $r$ the controller measures the error $e = r - n$. The simplest control law is
P control: $u = K_p\, e$. In the **steady state** the speed no longer changes, $dn/dt = 0$, so $n = K u$: to keep
turning, the motor needs a non-zero command $u$. With P control $u \ne 0$ only while $e \ne 0$. The two equations
give $n = \dfrac{K K_p}{1 + K K_p}\, r$: a **steady-state error** remains.

With $K_p = 0.2$, $K K_p = 3$, and at $r = 1200$ rpm $n = \dfrac{3}{4} \cdot 1200 = 900$ rpm: the conveyor runs
25 % too slow. A larger $K_p$ shrinks the error. But the controller measures the speed only every 0.02 s: with too
large a $K_p$ it corrects its command too hard at every step."""),
        a.predict(
            kk=r"""### Алдымен болжаңыз

Зертханада тек P-реттегіш ($K_i = 0$, $K_d = 0$), $K_p = 0{,}2$, берілген мән 1200 айн/мин. Жүгірткіні қозғамас
бұрын жауап беріңіз: $K_p$-ны 1-ге, 2-ге, 4-ке дейін арттырсаңыз, орныққан жылдамдыққа не болады? Ол бір кезде дәл
1200 айн/мин-қа жете ме? Жетек командасы $u$ тыныш қала ма? Болжамыңызды дәптерге жазыңыз.""",
            ru=r"""### Сначала предскажите

В лаборатории только P-регулятор ($K_i = 0$, $K_d = 0$), $K_p = 0{,}2$, уставка 1200 об/мин. Прежде чем двигать
ползунок, ответьте: что будет с установившейся скоростью, если увеличивать $K_p$ до 1, до 2, до 4? Дойдёт ли она
когда-нибудь ровно до 1200 об/мин? Останется ли команда привода $u$ спокойной? Запишите предсказание в тетрадь.""",
            en=r"""### Predict first

In the lab there is P control only ($K_i = 0$, $K_d = 0$), $K_p = 0.2$, setpoint 1200 rpm. Before you move the
slider, answer: what happens to the steady speed as you raise $K_p$ to 1, to 2, to 4? Will it ever reach exactly
1200 rpm? Will the drive command $u$ stay calm? Write your prediction down."""),
        a.lab("""lab = pid.make_lab(start={"kp": 0.2, "ki": 0.0, "kd": 0.0, "anti_windup": "on"})
lab"""),
        a.text(
            kk=r"""### Зерттеңіз

Жоғарғы сурет — конвейер бүйірінен: таспадағы бөлшектер, айналатын барабандар, редуктор мен қозғалтқыш. Ортаңғы
график — қозғалтқыш жылдамдығы, берілген мән және ±2 % жолақ; төменгісі — жетек командасы $u$ (0–100 %-пен
шектелген). Нүктелі сызық суреттегі сәтті көрсетеді.

1. ▶ батырмасын басыңыз: конвейер іске қосылады. Таспа қашан жылдамдығын алады? Барабан мен бөлшектер графиктегі
   жылдамдықпен қалай байланысты?
2. $K_p$-ны 0,2-ден 1-ге және 2-ге дейін арттырыңыз. Орныққан қате қалай өзгереді? Болжамыңыз расталды ма?
3. Алдымен $K_p = 3$, сосын 3,3-тен жоғары мән қойып, $u$ графигіне қараңыз. Не болады?""",
            ru=r"""### Исследуйте

Верхний рисунок — конвейер сбоку: детали на ленте, вращающиеся барабаны, редуктор и двигатель. Средний график —
скорость двигателя, уставка и полоса ±2 %; нижний — команда привода $u$ (ограничена 0–100 %). Пунктир показывает
момент, который показан на рисунке.

1. Нажмите ▶: конвейер запускается. Когда лента набирает скорость? Как барабан и детали связаны со скоростью на
   графике?
2. Увеличьте $K_p$ с 0,2 до 1 и до 2. Как меняется статическая ошибка? Подтвердилось ли предсказание?
3. Поставьте $K_p = 3$, затем выше 3,3 и посмотрите на график $u$. Что происходит?""",
            en=r"""### Explore

The top picture is the conveyor from the side: parts on the belt, the drums turning, the gearbox and the motor. The
middle graph is the motor speed, the setpoint and the ±2 % band; the bottom one the drive command $u$ (limited to
0–100 %). The dotted line marks the moment the picture shows.

1. Press ▶: the conveyor starts. When has the belt got its speed? How do the drum and the parts go with the speed on
   the graph?
2. Raise $K_p$ from 0.2 to 1 and to 2. How does the steady-state error change? Was your prediction right?
3. Set $K_p = 3$, then above 3.3, and look at the graph of $u$. What happens?"""),
        a.misconception(
            kk=r"""### Дұрыс па?

Ерлан былай дейді: «$K_p$-ны жеткілікті үлкен алсақ, қате нөлге тең болады, сондықтан P-реттегіш жеткілікті».
Келісесіз бе? Төмендегі ұяшық әр $K_p$ үшін орныққан қатені (формуламен) және соңғы 1 с-тағы $u$ командасының
ауқымын (модельмен) көрсетеді. Контроллер жылдамдықты әр $\Delta t = 0{,}02$ с сайын өлшегендіктен, P-реттегіштің
**орнықтылық шегі** (stability limit) бар: $K_p \approx 3{,}3$-тен жоғары кез келген ауытқу әр қадамда таңбасын
ауыстырып өседі, оны тек 0–100 % шектеуі ұстап тұрады. Шектен жоғары формула сипаттайтын орныққан режим
мүлде болмайды, сондықтан конвейер формула берген қатемен жүрмейді.""",
            ru=r"""### Верно ли?

Ерлан говорит: «Если взять $K_p$ достаточно большим, ошибка станет нулём, так что P-регулятора хватит». Согласны?
Ячейка ниже показывает для каждого $K_p$ статическую ошибку (по формуле) и размах команды $u$ за последнюю 1 с (по
модели). Поскольку контроллер измеряет скорость каждые $\Delta t = 0{,}02$ с, у P-регулятора есть **граница
устойчивости** (stability limit): выше $K_p \approx 3{,}3$ любое отклонение растёт, меняя знак на каждом шаге, и его
держит только ограничение 0–100 %. Выше границы установившегося режима из формулы нет вовсе: её ошибки на конвейере
не будет.""",
            en=r"""### Is it true?

Yerlan says: "Take $K_p$ large enough and the error becomes zero, so P control is enough." Do you agree? The cell
below shows for each $K_p$ the steady-state error (from the formula) and the swing of the command $u$ over the last
1 s (from the model). Because the controller measures the speed every $\Delta t = 0.02$ s, P control has a
**stability limit**: above $K_p \approx 3.3$ every deviation grows, changing sign at every step, and only the
0–100 % limits hold it. Past the limit the steady state of the formula never comes: the conveyor does not run with
the error the formula gives."""),
        a.code(r"""for kp in [0.2, 1, 2, 3, 3.4, 4]:
    error = 100 * (1200 - steady_state_p(K, kp, 1200)) / 1200
    run = simulate(kp)
    print(f"Kp = {kp}:", pick({"kk": "орныққан қате, %:", "ru": "статическая ошибка, %:", "en": "steady-state error, %:"}),
          round(error, 1), pick({"kk": "| u ауқымы, %:", "ru": "| размах u, %:", "en": "| swing of u, %:"}),
          round(run["command_swing"]))
print(pick({"kk": "орнықтылық шегі Kp =", "ru": "граница устойчивости Kp =", "en": "stability limit Kp ="}),
      round(pid.stability_limit_p(), 2))""", role="misconception"),
        a.summary(
            kk=r"""## Қорытынды

* Конвейер жетегі — бірінші ретті **басқару объектісі**: $\tau\, dn/dt = -n + K u$.
  **Секіріске реакция (өтпелі сипаттама)**: $n(t) = K u (1 - e^{-t/\tau})$.
* **Уақыт тұрақтысы** $\tau$ — жылдамдық соңғы мәннің 63,2 %-на жететін уақыт; оны 63 % ережесімен немесе бір
  нүктеден табады.
* P-реттегіш жылдамдықты **берілген мән**ге жеткізбейді: **орныққан режимде** қозғалтқышқа $u \ne 0$ керек, сондықтан
  **орныққан қате** $r/(1 + K K_p)$ қалады.
* $K_p$ қатені азайтады, бірақ дискретті реттегіштің **орнықтылық шегі** бар ($K_p \approx 3{,}3$): одан жоғары
  команда шектеулердің арасында секіреді. Қатені жою үшін келесі сабақтағы **PID реттегіш** керек.""",
            ru=r"""## Итоги

* Привод конвейера — **объект управления** первого порядка: $\tau\, dn/dt = -n + K u$.
  **Реакция на скачок (переходная характеристика)**: $n(t) = K u (1 - e^{-t/\tau})$.
* **Постоянная времени** $\tau$ — время, за которое скорость доходит до 63,2 % конечной; её находят по правилу 63 %
  или по одной точке.
* P-регулятор не доводит скорость до заданной (**уставка** $r$): **установившийся режим** требует $u \ne 0$,
  поэтому остаётся **статическая ошибка** $r/(1 + K K_p)$.
* $K_p$ уменьшает ошибку, но у дискретного регулятора есть **граница устойчивости** ($K_p \approx 3{,}3$): выше неё
  команда скачет между пределами. Чтобы убрать ошибку, нужен **PID-регулятор** следующего урока.""",
            en=r"""## Summary

* The conveyor drive is a first-order **plant**: $\tau\, dn/dt = -n + K u$. Its **step response** is
  $n(t) = K u (1 - e^{-t/\tau})$.
* The **time constant** $\tau$ is the time the speed takes to reach 63.2 % of its final value; the 63 % rule or any
  one point gives it.
* P control does not bring the speed to the **setpoint**: in the **steady state** the motor needs $u \ne 0$, so a
  **steady-state error** $r/(1 + K K_p)$ remains.
* $K_p$ shrinks the error, but the sampled controller has a **stability limit** ($K_p \approx 3.3$): above it the
  command jumps between the limits. To remove the error takes the **PID controller** of the next lesson."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Сөйлемді аяқтаңыз: «P-реттегіште орныққан қате қалады, себебі ...».
2. Болжамыңыздың қай бөлігі расталмады?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru=r"""## Рефлексия

1. Закончите предложение: «У P-регулятора остаётся статическая ошибка, потому что ...».
2. Какая часть вашего предсказания не подтвердилась?
3. Что на уроке осталось непонятным?""",
            en=r"""## Reflection

1. Finish the sentence: "P control leaves a steady-state error because ..."
2. Which part of your prediction turned out wrong?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: PI and PID, integrator windup, tuning --------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Конвейер жетегін PID реттеу, 2-сабақ. PI және PID, интегратордың қанығуы және баптау

P-реттегішпен конвейер 1200 айн/мин орнына 900 айн/мин жүреді, ал $K_p$-ны тым үлкен алсақ, жетек командасы дірілдей
бастайды. Зауыттағы PLC-дің PID блогында тағы екі құраушы бар: I және D. Интеграл қатені қалай жояды және неге ол
іске қосқанда конвейерді берілген мәннен асырып жіберуі мүмкін?""",
            ru=r"""# PID-регулирование привода конвейера, урок 2. PI и PID, насыщение интегратора и настройка

С P-регулятором конвейер идёт на 900 об/мин вместо 1200, а при слишком большом $K_p$ команда привода начинает дрожать. В
PID-блоке заводского PLC есть ещё две составляющие: I и D. Как интеграл убирает ошибку и почему при пуске он может
пронести конвейер выше уставки?""",
            en=r"""# PID control of a conveyor drive, lesson 2. PI and PID, integrator windup and tuning

With P control the conveyor runs at 900 rpm instead of 1200, and too large a $K_p$ makes the drive command chatter. The
PID block of the plant's PLC has two more terms: I and D. How does the integral remove the error, and why can it
carry the conveyor past the setpoint at start-up?"""),
        a.text(
            kk=r"""## 3. PI және PID

**PID реттегіш** (PID controller) үш құраушыны қосады:""",
            ru=r"""## 3. PI и PID

**PID-регулятор** (PID controller) складывает три составляющие:""",
            en=r"""## 3. PI and PID

The **PID controller** adds three terms:"""),
        a.formula(r"""$$u = K_p\, e + K_i \int_0^t e\, dt - K_d \frac{dn}{dt}, \qquad e = r - n, \qquad 0 \le u \le 100$$"""),
        a.text(
            kk=r"""* **P**: $K_p e$ — қазіргі қатеге жауап береді.
* **I**: интеграл $K_i \int e\, dt$ қате нөл болмайынша өзгере береді, сондықтан орныққан қатені жояды: орныққан
  режимде $u \ne 0$ командасын енді интеграл береді.
* **D**: PLC қатенің емес, **өлшенген жылдамдықтың** туындысын алады: $-K_d\, dn/dt$. Берілген мән тұрақты болса,
  $de/dt = -dn/dt$, яғни бұл сол D құраушы; ал берілген мән секіріспен өзгергенде $de/dt$ шексіз үлкен болар еді
  де, командаға соққы берер еді. D жылдамдық тез өскенде команданы алдын ала азайтады, бірақ өлшеу шуын күшейтеді.

Сапа көрсеткіштері: **асып кету** (overshoot) — жылдамдықтың берілген мәннен ең көп асқан шамасы, пайызбен;
**орнығу уақыты** (settling time) — жылдамдық ±2 % жолаққа кіріп, содан шықпайтын уақыт.

## 4. Интегратордың қанығуы

Команда 0–100 % аралығымен шектелген. Іске қосқанда қате үлкен, $u$ 100 %-да «тіреліп» тұрады, ал интеграл қате
нөлге жеткенше өсе береді — **интегратордың қанығуы** (integrator windup). Жылдамдық берілген мәнге жеткенде
жинақталған интеграл команданы әлі де жоғары ұстап, конвейер асып кетеді. **Қанығудан қорғаныс** (anti-windup)
шектеу кезінде интегралдауды тоқтатады.""",
            ru=r"""* **P**: $K_p e$ — реагирует на текущую ошибку.
* **I**: интеграл $K_i \int e\, dt$ меняется, пока ошибка не равна нулю, поэтому убирает статическую ошибку: в
  установившемся режиме команду $u \ne 0$ теперь даёт интеграл.
* **D**: PLC дифференцирует не ошибку, а **измеренную скорость**: $-K_d\, dn/dt$. При постоянной уставке
  $de/dt = -dn/dt$, то есть это та же D-составляющая; а при скачке уставки $de/dt$ был бы бесконечно большим и дал бы
  удар по команде. D заранее уменьшает команду, когда скорость быстро растёт, но усиливает шум измерения.

Показатели качества: **перерегулирование** (overshoot) — на сколько процентов скорость в худший момент превышает
уставку; **время установления** (settling time) — время, после которого скорость входит в полосу ±2 % и больше из
неё не выходит.

## 4. Насыщение интегратора

Команда ограничена пределами 0–100 %. При пуске ошибка большая, $u$ «упирается» в 100 %, а интеграл растёт, пока
ошибка не дойдёт до нуля, — это **насыщение интегратора** (integrator windup). Когда скорость дошла до уставки,
накопленный интеграл ещё держит команду высокой, и конвейер проскакивает уставку. **Защита от насыщения**
(anti-windup) останавливает интегрирование при ограничении.""",
            en=r"""* **P**: $K_p e$ reacts to the present error.
* **I**: the integral $K_i \int e\, dt$ keeps changing while the error is not zero, so it removes the steady-state
  error: in the steady state the integral now supplies the command $u \ne 0$.
* **D**: the PLC differentiates the **measured speed**, not the error: $-K_d\, dn/dt$. With a constant setpoint
  $de/dt = -dn/dt$, so this is the same D term; but at a setpoint step $de/dt$ would be infinitely large and would
  kick the command. D lowers the command early while the speed rises fast, but it amplifies measurement noise.

Quality measures: the **overshoot**, by how many percent the speed goes above the setpoint at worst; the **settling
time**, the time from which the speed is inside the ±2 % band and stays there.

## 4. Integrator windup

The command is limited to 0–100 %. At start the error is large, $u$ sticks at 100 %, and the integral keeps growing
until the error reaches zero: **integrator windup**. When the speed reaches the setpoint the stored integral still
holds the command high, and the conveyor overshoots. **Anti-windup** stops integrating while the output is
limited."""),
        a.example(
            kk=r"""### 2-мысал

Келесі ұяшық 1200 айн/мин-қа секірісте төрт реттегішті модельмен салыстырады: P ($K_p = 0{,}2$), PI
($K_p = 0{,}2$, $K_i = 1$), PID (тағы $K_d = 0{,}01$) және қорғаныссыз PI. PI орныққан қатені жояды: асып кету
≈ 1,6 %, орнығу уақыты ≈ 0,82 с. Қорғаныссыз сол PI ≈ 23 %-ға асып кетеді және ≈ 2,5 с-та ғана орнығады.""",
            ru=r"""### Пример 2

Следующая ячейка сравнивает на модели четыре регулятора при скачке уставки до 1200 об/мин: P ($K_p = 0{,}2$), PI
($K_p = 0{,}2$, $K_i = 1$), PID (ещё $K_d = 0{,}01$) и PI без защиты. PI убирает статическую ошибку:
перерегулирование ≈ 1,6 %, время установления ≈ 0,82 с. Тот же PI без защиты проскакивает на ≈ 23 % и
устанавливается только за ≈ 2,5 с.""",
            en=r"""### Example 2

The next cell compares four controllers on the model for a setpoint step to 1200 rpm: P ($K_p = 0.2$), PI
($K_p = 0.2$, $K_i = 1$), PID (with $K_d = 0.01$ as well) and PI without anti-windup. PI removes the steady-state
error: overshoot ≈ 1.6 %, settling time ≈ 0.82 s. The same PI without anti-windup overshoots by ≈ 23 % and settles
only after ≈ 2.5 s."""),
        a.code(r"""for name, kp, ki, kd, anti_windup in [("P", 0.2, 0, 0, True), ("PI", 0.2, 1.0, 0, True), ("PID", 0.2, 1.0, 0.01, True),
                                      (pick({"kk": "PI, қорғаныссыз", "ru": "PI, без защиты", "en": "PI, no anti-windup"}), 0.2, 1.0, 0, False)]:
    run = simulate(kp, ki, kd, anti_windup=anti_windup)
    settle = (round(run["settling_time"], 2) if math.isfinite(run["settling_time"])
              else pick({"kk": "орнықпайды", "ru": "не устанавливается", "en": "never"}))
    print(name, pick({"kk": "| асып кету, %:", "ru": "| перерегулирование, %:", "en": "| overshoot, %:"}),
          round(run["overshoot"], 1), pick({"kk": "| орнығу уақыты, с:", "ru": "| время установления, с:", "en": "| settling time, s:"}),
          settle, pick({"kk": "| орныққан қате, %:", "ru": "| статическая ошибка, %:", "en": "| steady-state error, %:"}),
          round(run["steady_state_error"], 1))""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Дана былай дейді: «D құраушы тербелісті басады, демек $K_d$ қосқан сайын PI реттегіш жақсарады». Келісесіз бе?
Төмендегі ұяшық $K_p = 0{,}2$, $K_i = 1$ PI-ге $K_d$ қосады. Бірінші ретті жетек өзі тербелмейді, ал оған
$-K_d\, dn/dt$ құраушысы қосымша инерция сияқты әсер етеді: команда шектелмегенде
$(\tau + K K_d)\, dn/dt = -n + K (K_p e + K_i \int e\, dt)$, яғни жетек баяуырақ жауап береді, оның уақыт
тұрақтысы $\tau + K K_d$ болғандай ($K_d = 0{,}01$ кезінде 0,5 с орнына 0,65 с). Сондықтан $K_d = 0{,}01$ кезінде асып кету
≈ 3 %-ға, орнығу уақыты ≈ 1,32 с-қа өседі. Ал $K_d = 0{,}05$ кезінде 0,02 с аралықпен алынған екі өлшеуден
есептелген туынды реттеу контурын орнықсыз етеді: команда соңғы секундта ≈ 41 %-ға секіреді.""",
            ru=r"""### Верно ли?

Дана говорит: «D-составляющая гасит колебания, значит каждый добавленный $K_d$ делает PI-регулятор лучше». Согласны?
Ячейка ниже добавляет $K_d$ к PI с $K_p = 0{,}2$, $K_i = 1$. Привод первого порядка сам не колеблется, а
составляющая $-K_d\, dn/dt$ действует на него как дополнительная инерция: пока команда не ограничена,
$(\tau + K K_d)\, dn/dt = -n + K (K_p e + K_i \int e\, dt)$, то есть привод отвечает медленнее, как будто его
постоянная времени $\tau + K K_d$ (при $K_d = 0{,}01$ — 0,65 с вместо 0,5 с). Поэтому при $K_d = 0{,}01$
перерегулирование растёт до ≈ 3 %, время установления — до ≈ 1,32 с. А при $K_d = 0{,}05$ производная, посчитанная
по двум измерениям с шагом 0,02 с, делает контур неустойчивым: команда в последнюю секунду скачет на ≈ 41 %.""",
            en=r"""### Is it true?

Dana says: "The D term damps oscillation, so every bit of $K_d$ added makes the PI controller better." Do you agree?
The cell below adds $K_d$ to PI with $K_p = 0.2$, $K_i = 1$. A first-order drive does not oscillate by itself, and
on it the term $-K_d\, dn/dt$ acts like extra inertia: while the command is not limited,
$(\tau + K K_d)\, dn/dt = -n + K (K_p e + K_i \int e\, dt)$, so the drive answers more slowly, as if its time
constant were $\tau + K K_d$ (0.65 s instead of 0.5 s with $K_d = 0.01$). So with $K_d = 0.01$ the overshoot grows
to ≈ 3 % and the settling time to ≈ 1.32 s. With $K_d = 0.05$ the derivative, computed from two measurements
0.02 s apart, makes the loop unstable: the command jumps by ≈ 41 % in the last second."""),
        a.code(r"""for kd in [0, 0.01, 0.03, 0.05]:
    run = simulate(0.2, 1.0, kd)
    print(f"Kd = {kd}:", pick({"kk": "асып кету, %:", "ru": "перерегулирование, %:", "en": "overshoot, %:"}),
          round(run["overshoot"], 1), pick({"kk": "| орнығу уақыты, с:", "ru": "| время установления, с:", "en": "| settling time, s:"}),
          round(run["settling_time"], 2), pick({"kk": "| u ауқымы, %:", "ru": "| размах u, %:", "en": "| swing of u, %:"}),
          round(run["command_swing"]))""", role="misconception"),
        a.predict(
            kk=r"""### Алдымен бағалаңыз

Келесі зертханада PID-ті баптайсыз: 1200 айн/мин-қа секірісте асып кету 10 %-дан аспайды, орнығу уақыты (±2 %) 2
с-тан аспайды, соңғы 1 с-та команда $u$ 5 %-дан артық өзгермейді. Жүгірткілерді қозғамас бұрын бағалаңыз: мұны тек
P-реттегішпен істеуге бола ма? $K_p = 0{,}2$ болса, $K_i$-дің 0,1, 1 және 3 мәндерінің қайсысы талаптарды
орындайды? Қорғанысты өшірсеңіз не болады?""",
            ru=r"""### Сначала оцените

В следующей лаборатории вы настраиваете PID: при скачке до 1200 об/мин перерегулирование не больше 10 %, время
установления (±2 %) не больше 2 с, за последнюю 1 с команда $u$ меняется не больше чем на 5 %. Прежде чем двигать
ползунки, оцените: можно ли это сделать одним P-регулятором? Если $K_p = 0{,}2$, какие из значений $K_i$ = 0,1, 1
и 3 выполнят требования? Что будет, если выключить защиту?""",
            en=r"""### Estimate first

In the next lab you tune the PID: for a step to 1200 rpm an overshoot of at most 10 %, a settling time (±2 %) of at
most 2 s, and a command $u$ that moves by at most 5 % in the last 1 s. Before you move the sliders, estimate: can it
be done with P control alone? With $K_p = 0.2$, which of $K_i$ = 0.1, 1 and 3 meet the requirements? What happens if
you switch anti-windup off?"""),
        a.design_lab("""design_lab = pid.make_lab("step-1200")
design_lab"""),
        a.text(
            kk=r"""$K_p$, $K_i$, $K_d$ және қорғанысты барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз.
▶ батырмасымен конвейердің іске қосылуын көріңіз. Бағалауыңыз расталды ма? Сол $K_p$ мен $K_i$-де қорғанысты өшіріңіз:
$u$ 100 %-да қанша уақыт тұрады және асып кету неге өседі?""",
            ru=r"""Подберите $K_p$, $K_i$, $K_d$ и защиту так, чтобы выполнялись все требования, и нажмите **Проверить проект**.
Посмотрите запуск конвейера кнопкой ▶. Подтвердилась ли оценка? При тех же $K_p$ и $K_i$ выключите защиту: сколько
времени $u$ стоит на 100 % и почему растёт перерегулирование?""",
            en=r"""Choose $K_p$, $K_i$, $K_d$ and anti-windup so that every requirement holds, and press **Check the design**. Watch
the conveyor start with ▶. Was your estimate right? With the same $K_p$ and $K_i$ switch anti-windup off: how long
does $u$ stay at 100 %, and why does the overshoot grow?"""),
        a.summary(
            kk=r"""## Қорытынды

* **PID реттегіш**: $u = K_p e + K_i \int e\, dt - K_d\, dn/dt$; D құраушы өлшенген жылдамдықтың туындысын алады.
* I құраушы **орныққан қатені** жояды; сапаны **асып кету** мен **орнығу уақыты** (±2 % жолақ) өлшейді.
* Команда шектеліп тұрғанда интеграл өсе береді — **интегратордың қанығуы**; **қанығудан қорғаныс** шектеу кезінде
  интегралдауды тоқтатады.
* $K_p$ мен $K_d$ тым үлкен болса, дискретті реттегіш **орнықтылық шегінен** асады: команда дірілдейді. Баптау —
  талаптардың арасындағы келісім.""",
            ru=r"""## Итоги

* **PID-регулятор**: $u = K_p e + K_i \int e\, dt - K_d\, dn/dt$; D-составляющая дифференцирует измеренную скорость.
* I-составляющая убирает **статическую ошибку**; качество измеряют **перерегулирование** и **время установления**
  (полоса ±2 %).
* Пока команда ограничена, интеграл растёт — **насыщение интегратора**; **защита от насыщения** останавливает
  интегрирование при ограничении.
* При слишком больших $K_p$ и $K_d$ дискретный регулятор переходит **границу устойчивости**: команда дрожит. Настройка —
  компромисс между требованиями.""",
            en=r"""## Summary

* The **PID controller**: $u = K_p e + K_i \int e\, dt - K_d\, dn/dt$; the D term differentiates the measured speed.
* The I term removes the **steady-state error**; the **overshoot** and the **settling time** (±2 % band) measure the
  quality.
* While the command is limited the integral keeps growing: **integrator windup**; **anti-windup** stops integrating
  while the output is limited.
* With too large a $K_p$ or $K_d$ the sampled controller passes its **stability limit**: the command chatters. Tuning
  is a compromise between the requirements."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Баптауда қай талапты орындау ең қиын болды және неге?
2. Сөйлемді аяқтаңыз: «Интегратордың қанығуы ... кезде пайда болады, ал қорғаныс ...».
3. Бүгін сізге не түсініксіз қалды?""",
            ru=r"""## Рефлексия

1. Какое требование было труднее всего выполнить при настройке и почему?
2. Закончите предложение: «Насыщение интегратора возникает, когда ..., а защита ...».
3. Что сегодня осталось для вас непонятным?""",
            en=r"""## Reflection

1. Which requirement was the hardest to meet when you tuned the controller, and why?
2. Finish the sentence: "Integrator windup happens when ..., and anti-windup ..."
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, compare, check_function, check_design, fingerprint, require, rules, self_check
from curriculum.labs import pid
from curriculum.i18n import pick

# [kk] 3-тапсырмаға арналған символдар: объектінің күшейту коэффициенті ((айн/мин)/%), пропорционал коэффициент (%/(айн/мин)), жылдамдықтың берілген мәні (айн/мин)
# [ru] символы для задания 3: коэффициент усиления объекта ((об/мин)/%), пропорциональный коэффициент (%/(об/мин)), уставка скорости (об/мин)
# [en] symbols for Task 3: plant gain (rpm/%), proportional gain (%/rpm), speed setpoint (rpm)
K, Kp, r = sp.symbols("K Kp r", positive=True)"""

PARAMETERS = """from curriculum.variants import Variant

variant = Variant(count=10)
setpoint, kp, ratio, drum_m = variant.pick([
    (1200, 0.1, 40, 0.2), (1050, 0.12, 40, 0.18), (1400, 0.12, 45, 0.18), (1100, 0.15, 40, 0.16),
    (900, 0.12, 20, 0.22), (850, 0.08, 40, 0.16), (1150, 0.08, 50, 0.16), (1300, 0.3, 50, 0.25),
    (1250, 0.05, 40, 0.2), (1000, 0.3, 40, 0.16), (800, 0.05, 50, 0.22), (950, 0.05, 45, 0.18)])"""

TIMES = [0, 0.2, 0.4, 0.5, 0.6, 0.8, 1, 1.5, 2, 3, 4]
"""The times (s) of task 4's commissioning record; the speeds are the model's step response to 60 %, rounded."""


def speed_table(lang: str) -> str:
    """Task 4's table in ``lang``: the model's speeds after a 60 % step at :data:`TIMES`, to the whole rpm."""
    from curriculum.labs.pid import first_order_step

    comma = lang in ("kk", "ru")
    times = [str(t).replace(".", ",") if comma else str(t) for t in TIMES]
    speeds = [str(round(first_order_step(t, 60))) for t in TIMES]
    s, rpm = {"kk": ("с", "айн/мин"), "ru": ("с", "об/мин"), "en": ("s", "rpm")}[lang]
    return "\n".join([f"| $t$, {s} | " + " | ".join(times) + " |", "|---" * (len(TIMES) + 1) + "|",
                      f"| $n$, {rpm} | " + " | ".join(speeds) + " |"])


P_ERROR_NOT_SPEED = """{'kk': 'Бұл — орныққан қате e = r − n, ал сұрақ жылдамдық n туралы.', 'ru': 'Это статическая ошибка e = r − n, а спрашивается скорость n.', 'en': 'This is the steady-state error e = r − n; the question asks for the speed n.'}"""
P_NO_FEEDBACK = """{'kk': 'Кері байланысты ескеріңіз: u = Kp·(r − n), u = Kp·r емес.', 'ru': 'Учтите обратную связь: u = Kp·(r − n), а не Kp·r.', 'en': 'Remember the feedback: u = Kp·(r − n), not Kp·r.'}"""
HALF_VALUE = """{'kk': 'Бұл — жылдамдық соңғы мәннің жартысына жететін уақыт (τ·ln 2); τ кезінде 63,2 %-ға жетеді.', 'ru': 'Это время, за которое скорость доходит до половины конечной (τ·ln 2); за τ она доходит до 63,2 %.', 'en': 'That is the time to reach half the final speed (τ·ln 2); after τ the speed reaches 63.2 %.'}"""
THREE_TAU = """{'kk': 'Бұл — орнығуға жақын уақыт (≈ 3τ, 95 %); τ кезінде жылдамдық 63,2 %-ға жетеді.', 'ru': 'Это время почти полного установления (≈ 3τ, 95 %); за τ скорость доходит до 63,2 %.', 'en': 'That is nearly the settling time (≈ 3τ, 95 %); after τ the speed reaches 63.2 %.'}"""
NO_ERROR = """{'kk': 'P-реттегіште жылдамдық берілген мәнге жетпейді: қате қалады.', 'ru': 'С P-регулятором скорость не доходит до уставки: остаётся ошибка.', 'en': 'With P control the speed does not reach the setpoint: an error remains.'}"""
ERROR_NOT_SPEED = """{'kk': 'Бұл — қате r − n; жылдамдықтың өзі керек.', 'ru': 'Это ошибка r − n; нужна сама скорость.', 'en': 'That is the error r − n; the speed itself is asked for.'}"""
PER_SECOND = """{'kk': 'Айн/мин-ты айн/с-қа айналдыру үшін 60-қа бөліңіз.', 'ru': 'Чтобы перевести об/мин в об/с, разделите на 60.', 'en': 'Divide by 60 to turn rpm into revolutions per second.'}"""
FRACTION = """{'kk': 'Бұл — үлес, пайыз емес: 100-ге көбейтіңіз.', 'ru': 'Это доля, а не проценты: умножьте на 100.', 'en': 'That is a fraction, not percent: multiply by 100.'}"""
RELATIVE_TO_PEAK = """{'kk': 'Асып кету берілген мәнге қатысты есептеледі: ең үлкен жылдамдықтан r-ді алып, ең үлкен жылдамдыққа емес, r-ге бөліңіз.', 'ru': 'Перерегулирование считают относительно уставки: из наибольшей скорости вычтите r и разделите на r, а не на наибольшую скорость.', 'en': 'The overshoot is relative to the setpoint: (max y − r)/r, not divided by max y.'}"""
NEGATIVE = """{'kk': 'Жылдамдық берілген мәннен аспаса, асып кету жоқ: теріс сан емес, 0 қайтарыңыз.', 'ru': 'Если скорость не превышала уставку, перерегулирования нет: верните 0, а не отрицательное число.', 'en': 'If the speed never goes above the setpoint there is no overshoot: return 0, not a negative number.'}"""
LAST_OUTSIDE = """{'kk': 'Бұл — жолақтан тыс соңғы нүктенің уақыты; жылдамдық келесі нүктеден бастап жолақта қалады: t[k + 1].', 'ru': 'Это время последней точки вне полосы; в полосе скорость остаётся со следующей точки: t[k + 1].', 'en': 'That is the time of the last point outside the band; the speed stays inside from the next point on: t[k + 1].'}"""
OWN_FUNCTION = """{'kk': 'Функцияны өзіңіз жазыңыз: ол зертхананың pid модулінің функцияларын шақырмауы керек.', 'ru': 'Напишите функцию сами: она не должна вызывать функции модуля pid лаборатории.', 'en': 'Write the function yourself: it must not call the functions of the lab module pid.'}"""
NEXT_ROW = """{'kk': '0,6 с кезінде жылдамдық 629 айн/мин, 900-дің 70 %-ы; τ — жылдамдық 63,2 %-ға (≈ 569 айн/мин) жеткен уақыт.', 'ru': 'При 0,6 с скорость 629 об/мин, 70 % от 900; τ — время, за которое скорость дошла до 63,2 % (≈ 569 об/мин).', 'en': 'At 0.6 s the speed is 629 rpm, 70 % of 900; τ is the time at which it has reached 63.2 % (≈ 569 rpm).'}"""
RPM_RADIANS = """{'kk': 'pint-те ureg.rpm бір айналымды 2π рад деп санайды, сондықтан π·D·n 2π есе үлкен шығады. Айналым санын ureg.min-ге бөліңіз немесе v = ω·D/2 формуласын ω рад/с-пен алыңыз.', 'ru': 'В pint ureg.rpm считает оборот за 2π рад, поэтому π·D·n получается в 2π раз больше. Разделите число оборотов на ureg.min или возьмите v = ω·D/2 с ω в рад/с.', 'en': 'In pint ureg.rpm counts a revolution as 2π rad, so π·D·n comes out 2π times too large. Divide the number of revolutions by ureg.min, or use v = ω·D/2 with ω in rad/s.'}"""
GEARBOX = """{"kk": f"Редуктор барабанды қозғалтқыштан {ratio} есе баяу айналдырады.", "ru": f"Редуктор вращает барабан в {ratio} раз медленнее двигателя.", "en": f"The gearbox turns the drum {ratio} times slower than the motor."}"""


def assignment(meta: object) -> object:
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.parameters(PARAMETERS),
        a.text(
            kk=r"""# Конвейер жетегінің жылдамдығын PID реттеу

Қостанайдағы автомобиль зауытында бөлшектер конвейері асинхронды қозғалтқышпен жұмыс істейді, оны жиілік
түрлендіргіші (VFD) басқарады. Контроллер (PLC) әр $\Delta t = 0{,}02$ с сайын қозғалтқыштың жылдамдығын $n$
(айн/мин) өлшеп, түрлендіргішке команда $u$ береді (толық шкаладан 0–100 %).

**Басқару объектісі** (plant) — бірінші ретті буын: $\tau \dfrac{dn}{dt} = -n + K u$, мұнда $K = 15$ (айн/мин)/%
(100 % → 1500 айн/мин), $\tau = 0{,}5$ с. **PID реттегіш** (PID controller):
$u = K_p e + K_i \int e\,dt - K_d \dfrac{dn}{dt}$, $e = r - n$, $r$ — **берілген мән**; D құраушы өлшенген
жылдамдықтың туындысын алады, $u$ 0–100 % аралығымен шектеледі.

Бұл тапсырмада сіз **секіріске реакция (өтпелі сипаттама)** көрсеткіштерін есептейтін функцияларды жазасыз,
P-реттегіштің орныққан жылдамдығын шығарасыз, өлшенген деректерден уақыт тұрақтысын табасыз және зертханада PID-ті
талаптарға сай баптайсыз. Уақыты — 45 минут.

**Жауапты қалай жазу керек.** Бірінші ұяшықта `K`, `Kp`, `r` символдары және `pid` модулі (зертхананың моделі)
жүктелген. Екінші ұяшық сіздің тапсырмаңыздың сандарын береді: `setpoint`, `kp`, `ratio`, `drum_m` (әр студенттің
сандары өзінікі). Python кодында бөлшек сандар нүктемен жазылады: `0.02`. Функцияны тапсырма айтқан атпен және
параметрлерімен жазыңыз; өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз. Әр тапсырманың астындағы тест ұяшығын іске
қосыңыз.""",
            ru=r"""# PID-регулирование скорости привода конвейера

На автомобильном заводе в Костанае конвейер деталей приводится асинхронным двигателем, которым управляет
преобразователь частоты (VFD). Контроллер (PLC) каждые $\Delta t = 0{,}02$ с измеряет скорость двигателя $n$
(об/мин) и подаёт на преобразователь команду $u$ (0–100 % полной шкалы).

**Объект управления** (plant) — звено первого порядка: $\tau \dfrac{dn}{dt} = -n + K u$, где $K = 15$ (об/мин)/%
(100 % → 1500 об/мин), $\tau = 0{,}5$ с. **PID-регулятор** (PID controller):
$u = K_p e + K_i \int e\,dt - K_d \dfrac{dn}{dt}$, $e = r - n$, $r$ — **уставка**; D-составляющая дифференцирует
измеренную скорость, $u$ ограничена пределами 0–100 %.

В этом задании вы напишете функции, которые считают показатели **реакции на скачок (переходной характеристики)**,
выведете установившуюся скорость P-регулятора, найдёте постоянную времени по измерениям и настроите PID в
лаборатории под требования. Время — 45 минут.

**Как записывать ответы.** В первой ячейке уже заданы символы `K`, `Kp`, `r` и загружен модуль `pid` (модель
лаборатории). Вторая ячейка задаёт числа вашего задания: `setpoint`, `kp`, `ratio`, `drum_m` (у каждого студента
свои числа). В коде Python дробные числа пишутся через точку: `0.02`. Пишите функцию с тем именем и теми
параметрами, которые называет задача; величину с единицей измерения записывайте через `ureg`. Запускайте тестовую
ячейку под каждой задачей.""",
            en=r"""# PID speed control of a conveyor drive

At the car plant in Kostanay a parts conveyor is driven by an induction motor fed by a frequency converter (VFD).
Every $\Delta t = 0.02$ s the controller (PLC) measures the motor speed $n$ (rpm) and sends the converter a command
$u$ (0–100 % of full scale).

The **plant** is a first-order system: $\tau \dfrac{dn}{dt} = -n + K u$ with $K = 15$ rpm/% (100 % → 1500 rpm) and
$\tau = 0.5$ s. The **PID controller**: $u = K_p e + K_i \int e\,dt - K_d \dfrac{dn}{dt}$, $e = r - n$, where $r$
is the **setpoint**; the D term differentiates the measured speed, and $u$ is limited to 0–100 %.

In this assignment you write functions that compute the quality measures of a **step response**, derive the steady
speed under P control, find the time constant from measured data and tune the PID in the lab to meet a
specification. Time: 45 minutes.

**How to write answers.** The first cell defines the symbols `K`, `Kp`, `r` and loads the module `pid` (the lab's
model). The second cell gives the numbers of your tasks: `setpoint`, `kp`, `ratio`, `drum_m` (every student has
their own). In Python code a decimal number is written with a point: `0.02`. Write each function with the name and
parameters the task gives; write a quantity with a unit through `ureg`. Run the test cell under each task."""),

        a.text(kk="## А бөлім. Өтпелі процестің көрсеткіштері", ru="## Часть А. Показатели переходного процесса",
               en="## Part A. The quality measures of a step response"),
        a.task(1, 1, "A",
               kk=r"""Асып кету. `overshoot(y, setpoint)` функциясын жазыңыз: `y` — 0-ден басталатын өлшенген жылдамдықтар тізімі,
`setpoint` — берілген мән (оң сан). Функция асып кетуді пайызбен қайтарады: $100 \cdot (\max y - r)/r$, ал жылдамдық
берілген мәннен ешқашан аспаса — `0`.

Мысалдар: `overshoot([0, 600, 1250, 1190, 1200], 1200)` ≈ `4.17`; `overshoot([0, 500, 900, 1000], 1200)` → `0`.
Нәтиже 0,01 % дәлдікпен тексеріледі: үтірден кейін екі таңбаға дейін дөңгелектеуге болады.""",
               ru=r"""Перерегулирование. Напишите функцию `overshoot(y, setpoint)`: `y` — список измеренных скоростей, начинающийся
с 0, `setpoint` — уставка (положительное число). Функция возвращает перерегулирование в процентах:
$100 \cdot (\max y - r)/r$, а если скорость ни разу не превысила уставку — `0`.

Примеры: `overshoot([0, 600, 1250, 1190, 1200], 1200)` ≈ `4.17`; `overshoot([0, 500, 900, 1000], 1200)` → `0`.
Результат проверяется с точностью 0,01 %: округлять до двух знаков после запятой можно.""",
               en=r"""Overshoot. Write the function `overshoot(y, setpoint)`: `y` is a list of measured speeds starting at 0,
`setpoint` the setpoint (a positive number). The function returns the overshoot in percent,
$100 \cdot (\max y - r)/r$, or `0` if the speed never goes above the setpoint.

Examples: `overshoot([0, 600, 1250, 1190, 1200], 1200)` ≈ `4.17`; `overshoot([0, 500, 900, 1000], 1200)` → `0`.
The result is checked to 0.01 %: rounding to two decimals is fine."""),
        a.answer("overshoot", """def overshoot(y, setpoint):
    peak = max(y)
    if peak <= setpoint:
        return 0.0
    return (peak - setpoint) / setpoint * 100""", hint={
            "kk": "def overshoot(y, setpoint): ...   асып кетуді %-бен қайтарады",
            "ru": "def overshoot(y, setpoint): ...   возвращает перерегулирование в %",
            "en": "def overshoot(y, setpoint): ...   returns the overshoot in %"}),
        a.tests("overshoot-test", 1, public="""assert callable(overshoot), pick({"kk": "overshoot: функция керек", "ru": "overshoot: нужна функция", "en": "overshoot should be a function"})
assert not pid.calls_the_lab(overshoot), pick(""" + OWN_FUNCTION + """)
# [kk] тапсырма мәтініндегі мысалдар
# [ru] примеры из текста задания
# [en] the examples from the task text
require(compare(overshoot([0, 600, 1250, 1190, 1200], 1200), 4.17, mode="numeric", rtol=0, atol=0.01, rules=[
    rules.wrong_answer(0.0417, code="fraction-not-percent", message=lambda: pick(""" + FRACTION + """)),
    rules.wrong_answer(4.0, code="relative-to-peak", message=lambda: pick(""" + RELATIVE_TO_PEAK + """))]))
require(compare(overshoot([0, 500, 900, 1000], 1200), 0, mode="numeric", rtol=0, atol=0.01, rules=[
    rules.wrong_answer(-16.67, code="negative-overshoot", message=lambda: pick(""" + NEGATIVE + """))]))""",
                hidden="""from hypothesis import strategies as st
runs = [pid.simulate(kp, ki)["y"] for kp, ki in [(0.2, 1.0), (0.1, 0.3), (0.2, 0.0), (0.05, 2.0)]]
runs.append(pid.simulate(0.2, 1.0, anti_windup=False)["y"])
cases = [([0, 600, 1250, 1190, 1200], 1200), ([0, 500, 900, 1000], 1200), ([0, 1200], 1200), ([0, 1500, 900], 1000)]
cases += [(y, 1200.0) for y in runs]
speeds = st.lists(st.integers(min_value=0, max_value=3000).map(float), min_size=1, max_size=30)
require(check_function(overshoot, pid.overshoot, inputs=cases,
                       strategy=st.tuples(speeds.map(lambda s: [0.0] + s),
                                          st.sampled_from([500.0, 1000.0, 1200.0, 1450.0])),
                       max_examples=120, rtol=0, atol=0.01))"""),

        a.task(2, 2, "B",
               kk=r"""Орнығу уақыты. `settling_time(t, y, setpoint, band)` функциясын жазыңыз: `t` — уақыттар (с), `y` — сол
уақыттағы жылдамдықтар, `band` — жолақтың салыстырмалы ені (2 % үшін `0.02`). Нүкте жолақ ішінде, егер
$|y_k - r| \le \texttt{band} \cdot r$. Функция жылдамдық **соңына дейін** жолақтан шықпайтын ең ерте уақытты
қайтарады: жолақтан тыс соңғы нүкте $k$ болса, `t[k + 1]`; жолақтан тыс нүкте мүлде болмаса, `t[0]`; ал соңғы
нүктенің өзі жолақтан тыс болса (процесс орнықпаған), `math.inf`. Кеңес: тізімді соңынан бастап қарап шығыңыз.

Мысалдар: `settling_time([0, 1, 2, 3, 4], [0, 900, 1230, 1210, 1195], 1200, 0.02)` → `3`;
`settling_time([0, 1, 2], [0, 900, 1000], 1200, 0.02)` → `math.inf`.""",
               ru=r"""Время установления. Напишите функцию `settling_time(t, y, setpoint, band)`: `t` — моменты времени (с), `y` —
скорости в эти моменты, `band` — относительная ширина полосы (`0.02` для 2 %). Точка внутри полосы, если
$|y_k - r| \le \texttt{band} \cdot r$. Функция возвращает самый ранний момент, после которого скорость **до конца**
не выходит из полосы: если последняя точка вне полосы имеет номер $k$, то `t[k + 1]`; если точек вне полосы нет, то
`t[0]`; а если вне полосы сама последняя точка (процесс не установился), то `math.inf`. Подсказка: просматривайте
список с конца.

Примеры: `settling_time([0, 1, 2, 3, 4], [0, 900, 1230, 1210, 1195], 1200, 0.02)` → `3`;
`settling_time([0, 1, 2], [0, 900, 1000], 1200, 0.02)` → `math.inf`.""",
               en=r"""Settling time. Write the function `settling_time(t, y, setpoint, band)`: `t` holds the times (s), `y` the speeds
at those times, `band` the relative width of the band (`0.02` for 2 %). A point is inside the band when
$|y_k - r| \le \texttt{band} \cdot r$. The function returns the earliest time after which the speed stays inside the
band **until the end**: if the last point outside the band has index $k$, return `t[k + 1]`; if no point is outside,
`t[0]`; and if the last point itself is outside (the response has not settled), `math.inf`. Hint: walk through the
list from the end.

Examples: `settling_time([0, 1, 2, 3, 4], [0, 900, 1230, 1210, 1195], 1200, 0.02)` → `3`;
`settling_time([0, 1, 2], [0, 900, 1000], 1200, 0.02)` → `math.inf`."""),
        a.answer("settling-time", """def settling_time(t, y, setpoint, band):
    limit = band * abs(setpoint)
    if abs(y[-1] - setpoint) > limit:
        return math.inf
    for k in range(len(y) - 1, -1, -1):
        if abs(y[k] - setpoint) > limit:
            return t[k + 1]
    return t[0]""", hint={
            "kk": "def settling_time(t, y, setpoint, band): ...   уақытты секундпен қайтарады (орнықпаса, math.inf)",
            "ru": "def settling_time(t, y, setpoint, band): ...   возвращает время в с (math.inf, если не установилось)",
            "en": "def settling_time(t, y, setpoint, band): ...   returns a time in s (math.inf if not settled)"}),
        a.tests("settling-time-test", 2, public="""assert callable(settling_time), pick({"kk": "settling_time: функция керек", "ru": "settling_time: нужна функция", "en": "settling_time should be a function"})
assert not pid.calls_the_lab(settling_time), pick(""" + OWN_FUNCTION + """)
# [kk] тапсырма мәтініндегі мысалдар
# [ru] примеры из текста задания
# [en] the examples from the task text
require(compare(settling_time([0, 1, 2, 3, 4], [0, 900, 1230, 1210, 1195], 1200, 0.02), 3, mode="numeric", rules=[
    rules.wrong_answer(2, code="last-outside", message=lambda: pick(""" + LAST_OUTSIDE + """))]))
assert settling_time([0, 1, 2], [0, 900, 1000], 1200, 0.02) == math.inf, "→ math.inf\"""",
                hidden="""from hypothesis import strategies as st
runs = [pid.simulate(kp, ki, kd) for kp, ki, kd in [(0.2, 1.0, 0.0), (0.1, 0.3, 0.0), (0.2, 0.0, 0.0), (0.5, 2.0, 0.02)]]
runs.append(pid.simulate(0.2, 1.0, anti_windup=False))
cases = [([0, 1, 2, 3, 4], [0, 900, 1230, 1210, 1195], 1200, 0.02), ([0, 1, 2], [0, 900, 1000], 1200, 0.02),
         ([0, 1, 2, 3, 4], [0, 1190, 1250, 1200, 1200], 1200, 0.02), ([0, 1, 2, 3], [1300, 1200, 1100, 1200], 1200, 0.02),
         ([0, 1, 2], [1199, 1201, 1200], 1200, 0.02), ([0, 1, 2, 3], [0, 1300, 1150, 1205], 1200, 0.05)]
cases += [(run["t"], run["y"], 1200.0, band) for run in runs for band in (0.02, 0.05)]

def response(offsets):  # speeds around 1000 rpm, never exactly on the edge of the band
    return ([round(0.1 * k, 1) for k in range(len(offsets))], [1000.5 + d for d in offsets], 1000.0, 0.02)

strategy = st.lists(st.integers(min_value=-40, max_value=40), min_size=1, max_size=30).map(response)
require(check_function(settling_time, pid.settling_time, inputs=cases, strategy=strategy, max_examples=150))"""),

        a.text(kk="## Ә бөлім. Объект және P-реттегіш", ru="## Часть Б. Объект и P-регулятор",
               en="## Part B. The plant and P control"),
        a.task(3, 2, "B",
               kk=r"""P-реттегіштің орныққан жылдамдығы. Тек P-реттегіш: $u = K_p (r - n)$. **Орныққан режимде** (steady state)
$dn/dt = 0$, сондықтан $n = K u$. Екі теңдеуден (шектеу жоқ деп алыңыз) орныққан жылдамдықты $n$ `K`, `Kp`, `r`
арқылы sympy өрнегі түрінде табыңыз да, `n_ss` айнымалысына сақтаңыз (`sp.solve` көмектеседі). Жауаптың түрі:
`K*r/(1 + Kp)` сияқты өрнек (бұл жауап емес).""",
               ru=r"""Установившаяся скорость с P-регулятором. Только P-регулятор: $u = K_p (r - n)$. В **установившемся режиме**
(steady state) $dn/dt = 0$, поэтому $n = K u$. Из двух уравнений (ограничение не учитывайте) найдите установившуюся
скорость $n$ как выражение sympy через `K`, `Kp`, `r` и сохраните в `n_ss` (поможет `sp.solve`). Вид ответа:
выражение вроде `K*r/(1 + Kp)` (это не ответ).""",
               en=r"""The steady speed with P control. P control only: $u = K_p (r - n)$. In the **steady state** $dn/dt = 0$, so
$n = K u$. From the two equations (ignore the limits) find the steady speed $n$ as a sympy expression in `K`, `Kp`,
`r` and store it in `n_ss` (`sp.solve` helps). The form of the answer: an expression such as `K*r/(1 + Kp)` (not
the answer)."""),
        a.answer("p-steady-state", """n = sp.symbols("n", positive=True)
n_ss = sp.solve(sp.Eq(n, K * Kp * (r - n)), n)[0]""", hint={
            "kk": "n_ss = ...  (K, Kp, r арқылы sympy өрнегі)", "ru": "n_ss = ...  (выражение sympy от K, Kp, r)",
            "en": "n_ss = ...  (a sympy expression in K, Kp, r)"}),
        a.tests("p-steady-state-test", 2, public=f"""assert isinstance(n_ss, sp.Expr), pick({{"kk": "n_ss: sympy өрнегі керек", "ru": "n_ss: нужно выражение sympy", "en": "n_ss should be a sympy expression"}})
assert {{str(x) for x in n_ss.free_symbols}} <= {{"K", "Kp", "r"}}, "n_ss: K, Kp, r"
advise(self_check(n_ss, fingerprint(K * Kp * r / (1 + K * Kp), mistakes=[
    rules.wrong_answer(r / (1 + K * Kp), code="error-not-speed", message={P_ERROR_NOT_SPEED}),
    rules.wrong_answer(K * Kp * r, code="no-feedback", message={P_NO_FEEDBACK})])))""",
                hidden=f"""require(compare(n_ss, "K*Kp*r/(1 + K*Kp)", rules=[
    rules.wrong_answer("r/(1 + K*Kp)", code="error-not-speed", message={P_ERROR_NOT_SPEED}),
    rules.wrong_answer("K*Kp*r", code="no-feedback", message={P_NO_FEEDBACK}),
]))"""),

        a.task(4, 1, "A",
               kk=r"""Өлшеулерден уақыт тұрақтысы. Іске қосу-баптау кезінде реттегішті ажыратып, түрлендіргішке $t = 0$ сәтінде
бірден $u = 60$ % берді. Өлшенген жылдамдық төмендегі кестеде (соңғы мәні 900 айн/мин). Бірінші ретті буынның
секіріске реакциясы $n(t) = n_\infty \left(1 - e^{-t/\tau}\right)$. Уақыт тұрақтысын $\tau$ тауып (63 % ережесімен
немесе бір нүктеден), `tau_m` айнымалысына уақыт бірлігі бар pint шамасы ретінде сақтаңыз, мысалы `1.2 * ureg.s`
(бұл жауап емес). 5 % дәлдікпен табылған жауап қабылданады.""",
               ru=r"""Постоянная времени по измерениям. При пусконаладке регулятор отключили и в момент $t = 0$ сразу подали на
преобразователь $u = 60$ %. Измеренная скорость — в таблице ниже (конечное значение 900 об/мин). Реакция на скачок
звена первого порядка $n(t) = n_\infty \left(1 - e^{-t/\tau}\right)$. Найдите постоянную времени $\tau$ (по правилу
63 % или по одной точке) и сохраните её в `tau_m` как величину pint с единицей времени, например `1.2 * ureg.s` (это
не ответ). Принимается ответ с точностью до 5 %.""",
               en=r"""The time constant from measurements. During commissioning the controller was switched off and at $t = 0$ the
converter got $u = 60$ % at once. The measured speed is in the table below (final value 900 rpm). A first-order
system's step response is $n(t) = n_\infty \left(1 - e^{-t/\tau}\right)$. Find the time constant $\tau$ (by the 63 %
rule or from one point) and store it in `tau_m` as a pint quantity with a unit of time, for example `1.2 * ureg.s`
(not the answer). An answer within 5 % is accepted."""),
        a.text(kk=speed_table("kk"), ru=speed_table("ru"), en=speed_table("en")),
        a.answer("time-constant", """tau_m = 0.5 / math.log(900 / (900 - 569)) * ureg.s""", hint={
            "kk": "tau_m = ...  (pint шамасы: уақыт)", "ru": "tau_m = ...  (величина pint: время)",
            "en": "tau_m = ...  (a pint quantity: a time)"}),
        a.tests("time-constant-test", 1, public=f"""require(compare(tau_m, "s", mode="dimension"))
advise(self_check(tau_m, fingerprint(0.5 * ureg.s, rtol=0.05, mistakes=[
    rules.wrong_answer(0.3466 * ureg.s, code="half-value-time", message={HALF_VALUE}),
    rules.wrong_answer(1.5 * ureg.s, code="three-tau", message={THREE_TAU}),
    rules.wrong_answer(0.6 * ureg.s, code="next-row", message={NEXT_ROW}),
    rules.unit_not_converted("s", "ms")])))""",
                hidden=f"""require(compare(tau_m, "0.5 s", mode="units", rtol=0.05, rules=[
    rules.wrong_answer("0.3466 s", code="half-value-time", message={HALF_VALUE}),
    rules.wrong_answer("1.5 s", code="three-tau", message={THREE_TAU}),
    rules.wrong_answer("0.6 s", code="next-row", message={NEXT_ROW}),
    rules.unit_not_converted("s", "ms"),
]))"""),

        a.task(5, 1, "A",
               kk=r"""P-реттегішпен конвейер қанша жылдамдықпен айналады? $K = 15$ (айн/мин)/%, $K_p = {kp}$ %/(айн/мин),
берілген мән $r = {setpoint}$ айн/мин. Қозғалтқыштың орныққан жылдамдығын `n_p` айнымалысына жылдамдық бірлігі бар
pint шамасы ретінде сақтаңыз, мысалы `100 * ureg.rpm` (бұл жауап емес). Жауабыңызды зертханада тексеріңіз: онда
берілген мән 1200 айн/мин, бірақ $K_i = 0$, $K_p = {kp}$ кезінде орныққан қате берілген мәннің пайызымен кез келген
берілген мәнде бірдей, сондықтан ол жауабыңыздың $100 \cdot (r - n)/r$ мәніне тең болуы керек.""",
               ru=r"""С какой скоростью крутится конвейер при P-регуляторе? $K = 15$ (об/мин)/%, $K_p = {kp}$ %/(об/мин), уставка
$r = {setpoint}$ об/мин. Сохраните установившуюся скорость двигателя в `n_p` как величину pint с единицей скорости
вращения, например `100 * ureg.rpm` (это не ответ). Проверьте ответ в лаборатории: там уставка 1200 об/мин, но при
$K_i = 0$, $K_p = {kp}$ статическая ошибка в процентах от уставки при любой уставке одна и та же, поэтому она должна
быть равна $100 \cdot (r - n)/r$ вашего ответа.""",
               en=r"""How fast does the conveyor run with P control? $K = 15$ rpm/%, $K_p = {kp}$ %/rpm, setpoint $r = {setpoint}$
rpm. Store the motor's steady speed in `n_p` as a pint quantity with a unit of rotational speed, for example
`100 * ureg.rpm` (not the answer). Check your answer in the lab: its setpoint is 1200 rpm, but with $K_i = 0$ and
$K_p = {kp}$ the steady-state error in percent of the setpoint is the same for any setpoint, so it must equal
$100 \cdot (r - n)/r$ of your answer."""),
        a.answer("p-speed", """KKp = 15 * kp
n_p = KKp / (1 + KKp) * setpoint * ureg.rpm""", hint={
            "kk": "n_p = ...  (pint шамасы, айн/мин бірлігімен)", "ru": "n_p = ...  (величина pint в об/мин)",
            "en": "n_p = ...  (a pint quantity in rpm)"}),
        a.tests("p-speed-test", 1, public=f"""require(compare(n_p, "rpm", mode="dimension"))
advise(self_check(n_p, fingerprint(  # says right or wrong without holding the answer
    15 * kp / (1 + 15 * kp) * setpoint * ureg.rpm, rtol=0.01,
    mistakes=[rules.wrong_answer(setpoint * ureg.rpm, code="no-steady-state-error", message={NO_ERROR}),
              rules.wrong_answer(setpoint / (1 + 15 * kp) * ureg.rpm, code="error-not-speed", message={ERROR_NOT_SPEED})])))""",
                hidden=f"""require(compare(n_p, 15 * kp / (1 + 15 * kp) * setpoint * ureg.rpm, mode="units", rtol=0.01, rules=[rules.wrong_answer(setpoint * ureg.rpm, code="no-steady-state-error", message={NO_ERROR}),
              rules.wrong_answer(setpoint / (1 + 15 * kp) * ureg.rpm, code="error-not-speed", message={ERROR_NOT_SPEED})]))"""),

        a.task(6, 1, "B",
               kk=r"""Таспа жылдамдығы. Қозғалтқыш {setpoint} айн/мин жылдамдықпен айналады; редуктордың беріліс саны {ratio},
жетек барабанының диаметрі {drum_m} м. Конвейер таспасының жылдамдығын `v_belt` айнымалысына жылдамдық бірлігі бар
pint шамасы ретінде сақтаңыз, мысалы `2 * ureg("m/s")` (бұл жауап емес; таспа барабан шеңберімен бірге жүреді: бір
айналымда $\pi D$). 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru=r"""Скорость ленты. Двигатель вращается со скоростью {setpoint} об/мин; передаточное число редуктора {ratio},
диаметр приводного барабана {drum_m} м. Сохраните скорость ленты конвейера в `v_belt` как величину pint с единицей
скорости, например `2 * ureg("m/s")` (это не ответ; лента движется вместе с ободом барабана: за один оборот
$\pi D$). Принимается ответ с точностью до 1 %.""",
               en=r"""Belt speed. The motor turns at {setpoint} rpm; the gearbox ratio is {ratio} and the drive drum's diameter is
{drum_m} m. Store the conveyor belt's speed in `v_belt` as a pint quantity with a unit of speed, for example
`2 * ureg("m/s")` (not the answer; the belt moves with the drum's rim: $\pi D$ per revolution). An answer within
1 % is accepted."""),
        a.answer("belt-speed", """drum_rpm = setpoint / ratio
v_belt = (math.pi * drum_m * ureg.m * drum_rpm / ureg.min).to("m/s")""", hint={
            "kk": "v_belt = ...  (pint шамасы, м/с бірлігімен)", "ru": "v_belt = ...  (величина pint в м/с)",
            "en": "v_belt = ...  (a pint quantity in m/s)"}),
        a.tests("belt-speed-test", 1, public=f"""require(compare(v_belt, "m/s", mode="dimension"))
advise(self_check(v_belt, fingerprint(  # says right or wrong without holding the answer
    math.pi * drum_m * setpoint / ratio / 60 * ureg('m/s'), rtol=0.01,
    mistakes=[rules.wrong_answer(math.pi * drum_m * setpoint / ratio * ureg('m/s'), code="rpm-not-per-second", message={PER_SECOND}),
              rules.wrong_answer(math.pi * drum_m * setpoint / 60 * ureg('m/s'), code="gearbox-forgotten", message={GEARBOX}),
              rules.wrong_answer(2 * math.pi * math.pi * drum_m * setpoint / ratio / 60 * ureg('m/s'), code="rpm-as-radians", message={RPM_RADIANS})])))""",
                hidden=f"""require(compare(v_belt, math.pi * drum_m * setpoint / ratio / 60 * ureg('m/s'), mode="units", rtol=0.01, rules=[rules.wrong_answer(math.pi * drum_m * setpoint / ratio * ureg('m/s'), code="rpm-not-per-second", message={PER_SECOND}),
              rules.wrong_answer(math.pi * drum_m * setpoint / 60 * ureg('m/s'), code="gearbox-forgotten", message={GEARBOX}),
              rules.wrong_answer(2 * math.pi * math.pi * drum_m * setpoint / ratio / 60 * ureg('m/s'), code="rpm-as-radians", message={RPM_RADIANS})]))"""),

        a.text(kk="## Б бөлім. Баптау және түсіндіру", ru="## Часть В. Настройка и объяснение",
               en="## Part C. Tuning and explaining"),
        a.task(7, 2, "C",
               kk=r"""Жобалау: PID-ті баптаңыз. Конвейер тоқтап тұр, берілген мән бірден 1200 айн/мин-қа ауысады. Талаптар:

* асып кету 10 %-дан аспайды (таспадағы бөлшектер жылжып кетпесін);
* орнығу уақыты (±2 %) 2 с-тан аспайды;
* соңғы 1 с-та жетек командасы $u$ 5 %-дан артық өзгермейді (дірілдейтін жетек тозады).

Зертханада $K_p$, $K_i$, $K_d$ және қанығудан қорғанысты таңдап, **Жобаны тексеру** батырмасын басыңыз. Алдымен тек
P-реттегішті байқап көріңіз ($K_p$-ны 4-ке дейін). Жоба талаптарға сай болғанда, зертхана көрсеткен жолды
(`design = {...}`) жауап ұяшығына көшіріңіз: бағалау кезінде ешкім жүгірткіні жылжытпайды.""",
               ru=r"""Проект: настройте PID. Конвейер стоит, уставка скачком меняется на 1200 об/мин. Требования:

* перерегулирование не больше 10 % (чтобы детали на ленте не сдвигались);
* время установления (±2 %) не больше 2 с;
* за последнюю 1 с команда привода $u$ меняется не больше чем на 5 % (дрожащий привод изнашивается).

Подберите в лаборатории $K_p$, $K_i$, $K_d$ и защиту от насыщения и нажмите **Проверить проект**. Сначала попробуйте
только P-регулятор ($K_p$ до 4). Когда проект выполняет все требования, скопируйте строку, которую показывает
лаборатория (`design = {...}`), в ячейку ответа: при оценивании никто не двигает ползунки.""",
               en=r"""Design: tune the PID. The conveyor stands still and the setpoint steps to 1200 rpm. Requirements:

* overshoot at most 10 % (so that the parts on the belt do not slide);
* settling time (±2 %) at most 2 s;
* the drive command $u$ moves by at most 5 % in the last 1 s (a chattering drive wears out).

Choose $K_p$, $K_i$, $K_d$ and anti-windup in the lab and press **Check the design**. Try P control alone first
($K_p$ up to 4). When the design meets every requirement, copy the line the lab shows (`design = {...}`) into the
answer cell: nobody moves a slider when your work is graded."""),
        a.code("""pid.make_lab("step-1200")"""),
        a.answer("design", "design = {'kp': 0.2, 'ki': 1.0, 'kd': 0.0, 'anti_windup': 'on'}", hint={
            "kk": "design = {'kp': ..., 'ki': ..., 'kd': ..., 'anti_windup': ...}   (зертхана көрсеткен жол)",
            "ru": "design = {'kp': ..., 'ki': ..., 'kd': ..., 'anti_windup': ...}   (строка, которую показывает лаборатория)",
            "en": "design = {'kp': ..., 'ki': ..., 'kd': ..., 'anti_windup': ...}   (the line the lab shows)"}),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {'kp', 'ki', 'kd'} <= set(design), "design = {'kp': ..., 'ki': ..., 'kd': ..., 'anti_windup': ...}"
advise(check_design(design, pid.DESIGN_SPEC, model=pid.design_result))""",
                hidden="""require(check_design(design, pid.DESIGN_SPEC, model=pid.design_result))"""),

        a.task(8, 3, "C", locked_id="compare-controllers-prompt",
               kk=r"""Түсіндіріңіз. 5–8 сөйлеммен:
1. зауыт конвейерінде P, PI және PID реттегіштерді салыстырыңыз: әрқайсысы не береді, не бермейді (зертханадағы
   сандарды, оның ішінде P-реттегіштің орнықтылық шегін келтіріңіз);
2. интегратордың қанығуы деген не, ол бұл жетекте қашан пайда болады және қанығудан қорғаныс оны қалай болдырмайды.

Жауапты төмендегі ұяшыққа жазыңыз.""",
               ru=r"""Объясните. В 5–8 предложениях:
1. сравните P-, PI- и PID-регулятор на заводском конвейере: что каждый даёт и чего не даёт (приведите числа из
   лаборатории, в том числе границу устойчивости P-регулятора);
2. что такое насыщение интегратора, когда оно возникает в этом приводе и как защита от насыщения его предотвращает.

Напишите ответ в ячейке ниже.""",
               en=r"""Explain. In 5–8 sentences:
1. compare P, PI and PID control on the plant's conveyor: what each gives and what it does not (quote numbers from
   the lab, the stability limit of P control among them);
2. what integrator windup is, when it happens in this drive and how anti-windup prevents it.

Write your answer in the cell below.""",
               rubric={
                   "kk": r"""* 1 ұпай: P — қарапайым, бірінші ретті объектте асып кетпейді, бірақ орныққан қате қалады $r/(1 + K K_p)$
  (мысалы, $K_p = 0{,}2$: 25 %); $K_p$-ны көбейту қатені азайтады, бірақ дискретті реттегіште $K_p \approx 1{,}6$-дан
  жоғары жылдамдық пен команда орныққан мәнге екі жағынан кезек жақындайды (зигзаг), $K_p$ орнықтылық шегіне
  ($K_p \approx 3{,}3$) жақындаған сайын ұзағырақ, ал шектен жоғары команда шектеулердің арасында дірілдейді; орнықты P-реттегіштің қатесі шамамен 2 %-дан кем емес (шектің өзінде 1,96 %), ал шекке жақын
  жылдамдық секундтар бойы тербеледі, сондықтан P-реттегіш 2 с ішінде 2 % жолаққа орнықпайды.
* 1 ұпай: PI — интеграл қате нөл болмайынша өзгереді, сондықтан орныққан қатені жояды (мысалы, $K_p = 0{,}2$,
  $K_i = 1$: асып кету ≈ 1,6 %, орнығу ≈ 0,82 с); D өлшенген жылдамдықтың туындысына жауап береді, бірақ бірінші
  ретті жетекке қажеттілігі аз: мұнда ол қосымша инерция сияқты ($\tau + K K_d$) асып кетуді арттырады (≈ 3 %
  $K_d = 0{,}01$ кезінде), тым үлкен $K_d$ (0,05) дискретті контурды орнықсыз етеді, әрі D шуды күшейтеді.
* 1 ұпай: қанығу: $u$ 100 %-да шектеліп тұрғанда интеграл өсе береді; жылдамдық берілген мәнге жеткенде жинақталған
  интеграл $u$-ды жоғары ұстап тұрады → үлкен асып кету (қорғаныссыз ≈ 23 %, орнығу ≈ 2,5 с); қорғаныс шектеу
  кезінде интегралдауды тоқтатады немесе интегралды кері есептейді.""",
                   "ru": r"""* 1 балл: P — простой, на объекте первого порядка без перерегулирования, но остаётся статическая ошибка
  $r/(1 + K K_p)$ (например, $K_p = 0{,}2$: 25 %); рост $K_p$ уменьшает ошибку, но у дискретного регулятора при
  $K_p$ выше ≈ 1,6 скорость и команда подходят к установившимся значениям зигзагом, попеременно с двух сторон, тем
  дольше, чем ближе $K_p$ к границе устойчивости ($K_p \approx 3{,}3$), а выше неё команда дрожит между пределами; у устойчивого P-регулятора ошибка не меньше примерно 2 % (на самой границе 1,96 %), а вблизи
  границы скорость колеблется секундами, поэтому за 2 с в полосе 2 % P-регулятор не устанавливается.
* 1 балл: PI — интеграл меняется, пока ошибка не равна нулю, поэтому убирает статическую ошибку (например,
  $K_p = 0{,}2$, $K_i = 1$: перерегулирование ≈ 1,6 %, установление ≈ 0,82 с); D реагирует на производную измеренной
  скорости, но приводу первого порядка мало нужен: здесь он действует как дополнительная инерция ($\tau + K K_d$) и
  увеличивает перерегулирование (≈ 3 % при $K_d = 0{,}01$), слишком большой $K_d$ (0,05) делает дискретный контур
  неустойчивым, и D усиливает шум.
* 1 балл: насыщение: пока $u$ упирается в 100 %, интеграл продолжает расти; когда скорость дошла до уставки,
  накопленный интеграл держит $u$ высоким → большое перерегулирование (без защиты ≈ 23 %, установление ≈ 2,5 с);
  защита останавливает интегрирование при ограничении или пересчитывает интеграл обратно.""",
                   "en": r"""* 1 point: P is simple and does not overshoot on a first-order plant, but a steady-state error
  $r/(1 + K K_p)$ remains (e.g. $K_p = 0.2$: 25 %); a larger $K_p$ shrinks it, but with a sampled controller above
  $K_p \approx 1.6$ the speed and the command zig-zag about their steady values, from alternate sides at every step,
  the longer the closer $K_p$ is to the stability limit ($K_p \approx 3.3$), and above it the command chatters
  between its limits; a stable P controller leaves an error of about 2 % at the least (1.96 % right at the
  limit), and near the limit the speed rings for seconds, so P alone does not settle in the 2 % band within 2 s.
* 1 point: PI: the integral changes while the error is not zero, so it removes the steady-state error (e.g.
  $K_p = 0.2$, $K_i = 1$: overshoot about 1.6 %, settling about 0.82 s); D reacts to the derivative of the
  measured speed, but a first-order drive hardly needs it: here it acts like extra inertia ($\tau + K K_d$) and raises
  the overshoot (≈ 3 % with $K_d = 0.01$), too large a $K_d$ (0.05) makes the sampled loop unstable, and D amplifies
  noise.
* 1 point: windup: while $u$ is stuck at 100 % the integral keeps growing; when the speed reaches the setpoint the
  stored integral keeps $u$ high, giving a large overshoot (without anti-windup about 23 %, settling about 2.5 s);
  anti-windup stops integrating while the output is limited (clamping) or bleeds the integral back
  (back-calculation)."""}),
        a.written("compare-controllers", 3, r"""**Model answer (en).** P control is the simplest: the drive command is proportional to the error, and on this
first-order drive it does not overshoot. But in the steady state the motor needs a non-zero command, so an error must
remain: $n = K K_p r/(1 + K K_p)$; with $K_p = 0.2$ the conveyor runs 25 % too slow. Raising $K_p$ shrinks the
error, but the controller samples every 0.02 s: above $K_p \approx 1.6$ the speed zig-zags about its steady value,
from one side to the other at every step, the longer the closer $K_p$ is to the stability limit $K_p \approx 3.3$,
and above the limit the command chatters between its limits. The
smallest error of a stable P controller is about 2 % (1.96 % right at the limit), and near the limit the speed rings
for seconds, so P alone does not settle in the 2 % band within 2 s. PI adds the integral
of the error, which keeps changing the command until the error is zero: with $K_p = 0.2$, $K_i = 1$ the overshoot is
about 1.6 % and the speed settles after about 0.82 s. The D term reacts to how fast the measured speed changes; a
first-order drive hardly needs it: here it acts like extra inertia, as if the time constant were $\tau + K K_d$, and
raises the overshoot (about 3 % with $K_d = 0.01$), and on a real encoder signal it amplifies noise, so PI is the
usual choice. Windup: at start the command is limited to 100 %, but
the integrator keeps adding the large error; when the speed reaches 1200 rpm the stored integral keeps the command
high and the conveyor overshoots (without anti-windup about 23 %, settling after about 2.5 s). Anti-windup stops
integrating while the output is limited and the error would push it further.

**Үлгі жауап (kk).** P-реттегіш қарапайым және асып кетпейді, бірақ орныққан режимде қозғалтқышқа нөлдік емес
команда керек, сондықтан қате қалады: $K_p = 0{,}2$ кезінде конвейер 25 % баяу жүреді. $K_p$-ны көбейту қатені
азайтады, бірақ реттегіш әр 0,02 с сайын өлшейді: $K_p \approx 1{,}6$-дан жоғары жылдамдық орныққан мәнге зигзагпен
жақындайды, ал орнықтылық шегінен ($K_p \approx 3{,}3$) жоғары команда шектеулердің арасында дірілдейді; орнықты P-реттегіштің
қатесі шамамен 2 %-дан кем емес және шекке жақын жылдамдық ұзақ тербеледі. PI интеграл арқылы қатені нөлге жеткізеді: $K_p = 0{,}2$, $K_i = 1$ кезінде асып кету
≈ 1,6 %, орнығу ≈ 0,82 с. D бұл жетекте қосымша инерция сияқты әсер етіп, асып кетуді арттырады (≈ 3 %
$K_d = 0{,}01$ кезінде) және шуды күшейтеді. Интегратордың қанығуы: $u$ 100 %-да шектеліп тұрғанда интеграл өсе береді, сондықтан жылдамдық асып
кетеді (≈ 23 %, орнығу ≈ 2,5 с); қанығудан қорғаныс шектеу кезінде интегралдауды тоқтатады.

**Образец ответа (ru).** P-регулятор прост и не даёт перерегулирования, но в установившемся режиме двигателю нужна
ненулевая команда, поэтому остаётся статическая ошибка: при $K_p = 0{,}2$ конвейер идёт на 25 % медленнее. Рост
$K_p$ уменьшает ошибку, но регулятор измеряет каждые 0,02 с: выше $K_p \approx 1{,}6$ скорость подходит к
установившейся зигзагом, а выше границы устойчивости ($K_p \approx 3{,}3$) команда дрожит между пределами; у устойчивого P-регулятора
ошибка не меньше примерно 2 %, а вблизи границы скорость долго колеблется. PI за счёт интеграла доводит ошибку до нуля: при $K_p = 0{,}2$, $K_i = 1$ перерегулирование
≈ 1,6 %, установление ≈ 0,82 с. D на этом приводе действует как дополнительная инерция и увеличивает
перерегулирование (≈ 3 % при $K_d = 0{,}01$), а также усиливает шум. Насыщение интегратора: пока $u$ упирается в 100 %, интеграл растёт, и скорость проскакивает уставку
(≈ 23 %, установление ≈ 2,5 с); защита от насыщения останавливает интегрирование при ограничении."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "pid_conveyor.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
