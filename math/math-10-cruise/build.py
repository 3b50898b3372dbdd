"""Writes math-10-cruise's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python math/math-10-cruise/build.py
    .venv/bin/python -m curriculum release

(``tests/test_standard.py`` checks that the committed notebooks are what this writes). Every number a student sees
is a given of the cars in ``module.yml``'s context or comes from the lab's model (``curriculum.labs.cruise``); the
module's test (``tests/modules/test_math_10_cruise.py``) pins each one to the model.
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
MODULE = "math-10-cruise"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """import sympy as sp
from curriculum.i18n import pick
from curriculum.labs import cruise"""

UNITS = """L100 = pick({"kk": "л/100 км", "ru": "л/100 км", "en": "L/100 km"})
LH = pick({"kk": "л/сағ", "ru": "л/ч", "en": "L/h"})"""


# -- lesson 1: the derivative and the tangent ----------------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Үнемді жылдамдық, 1-сабақ. Жылдамдықты 1 км/сағ арттырғанда отын қанша өзгереді?

Зауыт жаңа кроссоверді сынап жатыр. Инженерлер оның 100 км-ге жұмсайтын **отын шығынын** (fuel consumption)
тұрақты жылдамдықпен өлшеді: 60 км/сағ кезінде $6{,}9$ л/100 км, 90 км/сағ кезінде $7{,}95$ л/100 км,
120 км/сағ кезінде $10{,}5$ л/100 км. Жеткізу бөлімінің жүргізушісі сұрайды: «Тас жолда 90 км/сағ-тан сәл
жылдамырақ жүрсем, отын қаншаға көбейеді? Ал баяуырақ жүрсем, үнемдеймін бе?» Бұл сабақта біз функцияның бір
нүктедегі өзгеру жылдамдығын — туындыны — табуды үйренеміз. (Автомобильдің сандары ойдан алынған, бірақ шынайы.)""",
            ru=r"""# Экономичная скорость, урок 1. Как меняется расход, если ехать на 1 км/ч быстрее?

Завод испытывает новый кроссовер. Инженеры измерили его **расход топлива** на 100 км при постоянной скорости:
при 60 км/ч — $6{,}9$ л/100 км, при 90 км/ч — $7{,}95$ л/100 км, при 120 км/ч — $10{,}5$ л/100 км. Водитель
отдела доставки спрашивает: «Если на трассе ехать чуть быстрее 90 км/ч, на сколько вырастет расход? А если
медленнее — сэкономлю?» На этом уроке мы научимся находить скорость изменения функции в точке — производную.
(Числа автомобиля вымышленные, но правдоподобные.)""",
            en=r"""# The economical speed, lesson 1. How does the fuel change at 1 km/h more?

The plant is testing a new crossover. The engineers measured its **fuel consumption** per 100 km at steady speeds:
$6.9$ L/100 km at 60 km/h, $7.95$ L/100 km at 90 km/h, $10.5$ L/100 km at 120 km/h. A driver of the delivery
department asks: "If I drive a little faster than 90 km/h on the highway, how much more fuel do I use? And if I
drive slower, do I save?" In this lesson we learn to find a function's rate of change at a point: the derivative.
(The car's numbers are fictional but plausible.)"""),
        a.text(
            kk=r"""## 1. Отын шығынының моделі

Инженерлер отынды үш бөлікке бөледі. Қозғалтқыш жылдамдыққа қарамай әр сағатта $2{,}16$ л жағады (ішкі үйкеліс,
сорғылар, генератор); 100 км-ді $100/v$ сағатта жүреміз, сондықтан бұл бөлік $216/v$ л/100 км. Дөңгелектердің
домалау кедергісіне әр 100 км сайын шамамен $1{,}5$ л кетеді. Ауа кедергісінің күші $v^2$-қа пропорционал,
сондықтан оған $0{,}0005\,v^2$ л/100 км кетеді. Барлығы:

$$Q(v) = 1{,}5 + \frac{216}{v} + 0{,}0005\,v^2,$$

мұнда $v$ — км/сағ, $Q$ — л/100 км. Жалпы түрі $Q(v) = c + \frac{a}{v} + b\,v^2$.""",
            ru=r"""## 1. Модель расхода топлива

Инженеры делят топливо на три части. Двигатель каждый час сжигает $2{,}16$ л независимо от скорости (внутреннее
трение, насосы, генератор); 100 км мы проезжаем за $100/v$ часов, поэтому эта часть равна $216/v$ л/100 км. На
сопротивление качению шин уходит около $1{,}5$ л на каждые 100 км. Сила сопротивления воздуха пропорциональна
$v^2$, поэтому на неё уходит $0{,}0005\,v^2$ л/100 км. Всего:

$$Q(v) = 1{,}5 + \frac{216}{v} + 0{,}0005\,v^2,$$

где $v$ — в км/ч, $Q$ — в л/100 км. В общем виде $Q(v) = c + \frac{a}{v} + b\,v^2$.""",
            en=r"""## 1. A model of the fuel consumption

The engineers split the fuel into three parts. The engine burns $2.16$ L every hour whatever the speed (its own
friction, the pumps, the generator); 100 km take $100/v$ hours, so this part is $216/v$ L/100 km. The tyres'
rolling resistance takes about $1.5$ L every 100 km. The air's drag force is proportional to $v^2$, so it takes
$0.0005\,v^2$ L/100 km. In all:

$$Q(v) = 1.5 + \frac{216}{v} + 0.0005\,v^2,$$

with $v$ in km/h and $Q$ in L/100 km. In general, $Q(v) = c + \frac{a}{v} + b\,v^2$."""),
        a.text(
            kk=r"""## 2. Орташа өзгеру жылдамдығы және туынды

Алдымен бағалаңыз: 85 км/сағ кезінде $Q(85) \approx 7{,}65$, ал 95 км/сағ кезінде $Q(95) \approx 8{,}29$ л/100 км.
Жылдамдық 10 км/сағ-қа артқанда, шығын шамамен $0{,}63$ л/100 км-ге көбейеді, яғни әр км/сағ сайын шамамен $0{,}063$ л/100 км. Бұл — $[85; 95]$
аралығындағы **орташа өзгеру жылдамдығы**: графиктің екі нүктесі арқылы өтетін қиюшының бұрыштық коэффициенті.

Аралықты кішірейте берсек, қиюшы бір нүктеде графикке жанасатын түзуге — **жанамаға** жақындайды. Оның бұрыштық
коэффициенті — функцияның сол нүктедегі **туындысы** $Q'(v)$: жылдамдықты 1 км/сағ арттырғанда $Q$ шамамен
қаншаға өзгеретінін көрсетеді. Туындыны ережелер бойынша табамыз:""",
            ru=r"""## 2. Средняя скорость изменения и производная

Сначала оцените: при 85 км/ч $Q(85) \approx 7{,}65$, а при 95 км/ч $Q(95) \approx 8{,}29$ л/100 км. Если скорость
вырастет на 10 км/ч, расход вырастет примерно на $0{,}63$ л/100 км, то есть примерно на $0{,}063$ л/100 км на каждый км/ч. Это **средняя
скорость изменения** на отрезке $[85; 95]$: угловой коэффициент секущей, проходящей через две точки графика.

Если уменьшать отрезок, секущая приближается к прямой, которая касается графика в одной точке, — к
**касательной**. Её угловой коэффициент — **производная** $Q'(v)$ функции в этой точке: она показывает, примерно
на сколько изменится $Q$, если ехать на 1 км/ч быстрее. Производную находим по правилам:""",
            en=r"""## 2. The average rate of change and the derivative

Estimate first: at 85 km/h $Q(85) \approx 7.65$ and at 95 km/h $Q(95) \approx 8.29$ L/100 km. At 10 km/h more the
consumption grows by about $0.63$ L/100 km, about $0.063$ L/100 km for each km/h. This is the **average rate of change** over $[85; 95]$: the
slope of the secant through two points of the graph.

As the interval shrinks, the secant comes close to the line that touches the graph at one point, the **tangent**.
Its slope is the function's **derivative** $Q'(v)$ at that point: about how much $Q$ changes at 1 km/h more. We
find derivatives by the rules:"""),
        a.formula(r"$$(c)'=0,\qquad (v^n)'=n\,v^{n-1},\qquad \left(\frac{1}{v}\right)'=-\frac{1}{v^2}$$"
                  "\n\n"
                  r"$$(k\,f)'=k\,f',\qquad (f+g)'=f'+g'$$"),
        a.example(
            kk=r"""### 1-мысал

$Q(v) = 1{,}5 + 216 \cdot \frac{1}{v} + 0{,}0005\,v^2$ функциясының туындысы:
$Q'(v) = 0 - \frac{216}{v^2} + 0{,}0005 \cdot 2v$, яғни $Q'(v) = -\frac{216}{v^2} + 0{,}001\,v$.

90 км/сағ кезінде $Q'(90) = -\frac{216}{8100} + 0{,}09$, бұл шамамен $-0{,}0267 + 0{,}09$, яғни
$Q'(90) \approx 0{,}0633$ л/100 км әр км/сағ үшін: бағалауымыздағы $0{,}063$-ке өте жақын. 40 км/сағ кезінде $Q'(40) = -0{,}135 + 0{,}04 = -0{,}095$: туынды
теріс, яғни мұнда жылдамдықты арттырса, отын шығыны **азаяды**.""",
            ru=r"""### Пример 1

Производная функции $Q(v) = 1{,}5 + 216 \cdot \frac{1}{v} + 0{,}0005\,v^2$:
$Q'(v) = 0 - \frac{216}{v^2} + 0{,}0005 \cdot 2v$, то есть $Q'(v) = -\frac{216}{v^2} + 0{,}001\,v$.

При 90 км/ч $Q'(90) = -\frac{216}{8100} + 0{,}09$, это примерно $-0{,}0267 + 0{,}09$, то есть
$Q'(90) \approx 0{,}0633$ л/100 км на каждый км/ч: очень близко к оценке $0{,}063$. При 40 км/ч $Q'(40) = -0{,}135 + 0{,}04 = -0{,}095$: производная
отрицательна, то есть здесь при увеличении скорости расход **уменьшается**.""",
            en=r"""### Example 1

The derivative of $Q(v) = 1.5 + 216 \cdot \frac{1}{v} + 0.0005\,v^2$ is
$Q'(v) = 0 - \frac{216}{v^2} + 0.0005 \cdot 2v$, that is $Q'(v) = -\frac{216}{v^2} + 0.001\,v$.

At 90 km/h, $Q'(90) = -\frac{216}{8100} + 0.09$, which is about $-0.0267 + 0.09$, so
$Q'(90) \approx 0.0633$ L/100 km for each km/h:
very close to the estimate of $0.063$. At 40 km/h, $Q'(40) = -0.135 + 0.04 = -0.095$: the derivative is
negative, so here a higher speed **lowers** the fuel consumption."""),
        a.code("""v = sp.Symbol("v", positive=True)
Q = sp.Rational(3, 2) + 216 / v + sp.Rational(1, 2000) * v**2
dQ = sp.diff(Q, v)
print("Q'(v) =", dQ)
print("Q'(90) =", float(dQ.subs(v, 90)), "=", cruise.derivative(90))
print("Q'(40) =", float(dQ.subs(v, 40)), "=", cruise.derivative(40))""", role="example"),
        a.text(
            kk=r"""## 3. Жанаманың теңдеуі

$v_0$ нүктесінде графикке жүргізілген жанама $(v_0;\ Q(v_0))$ нүктесі арқылы өтеді, ал оның бұрыштық коэффициенті
$Q'(v_0)$-ге тең:""",
            ru=r"""## 3. Уравнение касательной

Касательная к графику в точке $v_0$ проходит через точку $(v_0;\ Q(v_0))$, а её угловой коэффициент равен
$Q'(v_0)$:""",
            en=r"""## 3. The tangent's equation

The tangent to the graph at $v_0$ passes through the point $(v_0;\ Q(v_0))$, and its slope is $Q'(v_0)$:"""),
        a.formula(r"$$y = Q(v_0) + Q'(v_0)\,(v - v_0)$$"),
        a.example(
            kk=r"""### 2-мысал

$v_0 = 90$ нүктесінде: $y = 7{,}95 + 0{,}0633\,(v - 90)$. Жанама жақын жылдамдықтардағы шығынды шамалап
есептеуге жарайды: $Q(95) \approx 7{,}95 + 5 \cdot 0{,}0633 \approx 8{,}27$ л/100 км. Дәл мәні
$Q(95) \approx 8{,}29$: қателік $0{,}02$ л/100 км ғана. Жүргізушіге жауап: 90 км/сағ маңында әр қосымша км/сағ шамамен
$0{,}063$ л/100 км қосады.""",
            ru=r"""### Пример 2

В точке $v_0 = 90$: $y = 7{,}95 + 0{,}0633\,(v - 90)$. Касательная годится для оценки расхода при близких
скоростях: $Q(95) \approx 7{,}95 + 5 \cdot 0{,}0633 \approx 8{,}27$ л/100 км. Точное значение $Q(95) \approx 8{,}29$:
ошибка всего $0{,}02$ л/100 км. Ответ водителю: около 90 км/ч каждый лишний км/ч добавляет примерно $0{,}063$ л/100 км.""",
            en=r"""### Example 2

At $v_0 = 90$: $y = 7.95 + 0.0633\,(v - 90)$. The tangent estimates the consumption at nearby speeds:
$Q(95) \approx 7.95 + 5 \cdot 0.0633 \approx 8.27$ L/100 km. The exact value is $Q(95) \approx 8.29$: an error of only
$0.02$ L/100 km. The answer to the driver: near 90 km/h each extra km/h adds about $0.063$ L/100 km."""),
        a.code(UNITS + """
slope, intercept = cruise.tangent(90)
print("y =", round(slope, 4), "* v +", round(intercept, 3))
# [kk] жанама бойынша бағалау және дәл мән:
# [ru] оценка по касательной и точное значение:
# [en] the tangent's estimate and the exact value:
print(round(slope * 95 + intercept, 2), L100, "|", round(cruise.consumption(95), 2), L100)""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Жүргізуші Ерлан былай дейді: «Неғұрлым баяу жүрсем, соғұрлым аз отын жағамын». Ұяшық 30, 60 және 90 км/сағ
үшін 100 км-ге кететін отынды және бір сағатта кететін отынды ($Q \cdot v / 100$) шығарады. Ерлан қай жағынан
дұрыс, қай жағынан қателеседі? 30 км/сағ кезінде $Q'$ туындысының таңбасы не дейді?""",
            ru=r"""### Верно ли?

Водитель Ерлан говорит: «Чем медленнее я еду, тем меньше топлива сжигаю». Ячейка выводит для 30, 60 и 90 км/ч
топливо на 100 км и топливо за час ($Q \cdot v / 100$). В чём Ерлан прав, а в чём ошибается? Что говорит знак
производной $Q'$ при 30 км/ч?""",
            en=r"""### Is it true?

Yerlan, a driver, says: "The slower I drive, the less fuel I burn." The cell prints, for 30, 60 and 90 km/h, the
fuel per 100 km and the fuel an hour ($Q \cdot v / 100$). In what is Yerlan right, and where is he wrong? What does
the sign of the derivative $Q'$ at 30 km/h say?"""),
        a.code(UNITS + """
for speed in (30, 60, 90):
    print(speed, "|", cruise.consumption(speed), L100, "|", round(cruise.hourly(speed), 2), LH)
print("Q'(30) =", round(cruise.derivative(30), 4))""", role="misconception"),
        a.predict(
            kk=r"""### Алдымен болжаңыз

Зертхана осы кроссовердің $Q(v)$ графигін, $v$ нүктесіндегі жанаманы және отынның үш бөлігін көрсетеді.
▶ батырмасын баспас бұрын болжаңыз: жанама қай жылдамдықта көлденең болады? 30 км/сағ кезінде ол қай жаққа
еңкейеді?""",
            ru=r"""### Сначала предскажите

Лаборатория показывает график $Q(v)$ этого кроссовера, касательную в точке $v$ и три части топлива. Прежде чем
нажать кнопку ▶, предскажите: при какой скорости касательная станет горизонтальной? Куда она наклонена при
30 км/ч?""",
            en=r"""### Predict first

The lab shows this crossover's graph of $Q(v)$, the tangent at $v$ and the three parts of the fuel. Before you
press ▶, predict: at which speed does the tangent become horizontal? Which way does it lean at 30 km/h?"""),
        a.lab("""lab = cruise.make_lab()
lab"""),
        a.text(
            kk=r"""### Зерттеңіз

1. ▶ батырмасын басыңыз: жылдамдық өседі, жанама графикпен бірге бұрылады. Туынды қай жерде теріс, қай жерде оң?
   Бағандағы үш бөліктің қайсысы кемиді, қайсысы өседі?
2. Жылдамдықты жанама көлденең болатындай етіп қойыңыз. Болжамыңыз расталды ма? Сол жерде $Q'(v)$ неге тең?
3. Қозғалтқыштың сағаттық отынын арттырыңыз, сосын ауа кедергісін арттырыңыз (төбедегі жүк қорабы). Үнемді
   жылдамдық $v^*$ қай жаққа жылжиды? Неге?""",
            ru=r"""### Исследуйте

1. Нажмите кнопку ▶: скорость растёт, касательная поворачивается вдоль графика. Где производная отрицательна,
   а где положительна? Какая из трёх частей столбика убывает, а какая растёт?
2. Поставьте скорость так, чтобы касательная была горизонтальной. Подтвердилось ли предсказание? Чему равна
   там $Q'(v)$?
3. Увеличьте расход двигателя в час, затем сопротивление воздуха (багажник на крыше). Куда сдвигается
   экономичная скорость $v^*$? Почему?""",
            en=r"""### Explore

1. Press ▶: the speed grows and the tangent turns along the graph. Where is the derivative negative, and where
   positive? Which of the three parts of the column falls, and which grows?
2. Set the speed so that the tangent is horizontal. Was your prediction right? What is $Q'(v)$ there?
3. Raise the engine's fuel an hour, then the air drag (a roof box). Which way does the economical speed $v^*$ move?
   Why?"""),
        a.summary(
            kk=r"""## Қорытынды

* **Отын шығыны** $Q(v) = c + \frac{a}{v} + b\,v^2$ л/100 км: қозғалтқыштың сағаттық отыны, домалау кедергісі
  және ауа кедергісі.
* **Туынды** $Q'(v_0)$ — функцияның $v_0$ нүктесіндегі өзгеру жылдамдығы: жылдамдық 1 км/сағ артқанда $Q$
  шамамен қаншаға өзгереді. Ережелер: $(v^n)' = n\,v^{n-1}$, $(1/v)' = -1/v^2$, тұрақтының туындысы 0.
* **Жанама** $y = Q(v_0) + Q'(v_0)(v - v_0)$: оның бұрыштық коэффициенті — туынды; жақын нүктелерде
  функцияны шамалап есептейді.
* $Q' < 0$ болса, функция кемиді; $Q' > 0$ болса, өседі. Баяу жүру сағатына аз отын жағады, бірақ 100 км-ге
  әрдайым аз емес. Оның ең кіші мәні болатын **үнемді жылдамдықты** келесі сабақта табамыз.""",
            ru=r"""## Итоги

* **Расход топлива** $Q(v) = c + \frac{a}{v} + b\,v^2$ л/100 км: расход двигателя в час, сопротивление качению и
  сопротивление воздуха.
* **Производная** $Q'(v_0)$ — скорость изменения функции в точке $v_0$: примерно на сколько меняется $Q$, если
  скорость выросла на 1 км/ч. Правила: $(v^n)' = n\,v^{n-1}$, $(1/v)' = -1/v^2$, производная постоянной равна 0.
* **Касательная** $y = Q(v_0) + Q'(v_0)(v - v_0)$: её угловой коэффициент — производная; вблизи точки она
  приближённо даёт значения функции.
* Если $Q' < 0$, функция убывает; если $Q' > 0$ — возрастает. Медленная езда сжигает меньше топлива в час, но
  не всегда меньше на 100 км. **Экономичную скорость**, при которой расход наименьший, найдём на следующем уроке.""",
            en=r"""## Summary

* The **fuel consumption** $Q(v) = c + \frac{a}{v} + b\,v^2$ L/100 km: the engine's fuel an hour, the rolling
  resistance and the air's drag.
* The **derivative** $Q'(v_0)$ is the function's rate of change at $v_0$: about how much $Q$ changes when the speed
  grows by 1 km/h. The rules: $(v^n)' = n\,v^{n-1}$, $(1/v)' = -1/v^2$, a constant's derivative is 0.
* The **tangent** $y = Q(v_0) + Q'(v_0)(v - v_0)$ has the derivative as its slope; near the point it gives the
  function's values approximately.
* Where $Q' < 0$ the function falls; where $Q' > 0$ it grows. Driving slowly burns less fuel an hour, but not
  always less per 100 km. The **economical speed**, where the consumption is least, comes in the next lesson."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Сөйлемді аяқтаңыз: «Туынды теріс болса, жылдамдықты арттырғанда ...».
2. Жанама бойынша бағалау қашан дәл, қашан дәл емес болады?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru=r"""## Рефлексия

1. Закончите предложение: «Если производная отрицательна, то при увеличении скорости ...».
2. Когда оценка по касательной точна, а когда нет?
3. Что на уроке осталось непонятным?""",
            en=r"""## Reflection

1. Finish the sentence: "When the derivative is negative, a higher speed ..."
2. When is the tangent's estimate close, and when is it not?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the critical point, the economical speed, the delivery -------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Үнемді жылдамдық, 2-сабақ. Кризистік нүкте және мерзімі бар жеткізу

Зауыт жаңа кроссоверлерді дилерлерге жүргізушілермен жеткізеді. Логистика бөлімі екі сұрақ қояды: қандай тұрақты
жылдамдықта автомобиль 100 км-ге ең аз отын жұмсайды? Ал дилер автомобильді белгілі бір уақытқа дейін күтсе,
жылдамдықты қалай таңдау керек?""",
            ru=r"""# Экономичная скорость, урок 2. Критическая точка и доставка к сроку

Завод доставляет новые кроссоверы дилерам своим ходом, с водителями. Отдел логистики задаёт два вопроса: при
какой постоянной скорости автомобиль тратит меньше всего топлива на 100 км? А если дилер ждёт автомобиль к
определённому времени, как выбрать скорость?""",
            en=r"""# The economical speed, lesson 2. The critical point and a delivery with a deadline

The plant has its drivers deliver new crossovers to the dealers. The logistics department asks two questions: at
what steady speed does the car use the least fuel per 100 km? And if the dealer expects the car by a given time,
how should the speed be chosen?"""),
        a.text(
            kk=r"""## 4. Кризистік нүкте

Өткен сабақта көрдік: баяу жылдамдықта $Q'(v) < 0$ (функция кемиді), жоғары жылдамдықта $Q'(v) > 0$ (функция
өседі). Туынды таңбасын ауыстыратын жерде ол нөлге тең: жанама көлденең. Функцияның анықталу облысының
туындысы нөлге тең немесе туындысы болмайтын ішкі нүктесі **кризистік нүкте** деп аталады. Туынды осы нүктеде таңбасын
«−»-тен «+»-ке ауыстырса, бұл — минимум нүктесі: функция кемуін тоқтатып, өсе бастайды.""",
            ru=r"""## 4. Критическая точка

На прошлом уроке мы видели: на малой скорости $Q'(v) < 0$ (функция убывает), на большой $Q'(v) > 0$ (функция
возрастает). Там, где производная меняет знак, она равна нулю: касательная горизонтальна. Внутренняя точка
области определения, в которой производная равна нулю или не существует, называется **критической точкой**. Если
в ней производная меняет знак с «−» на «+», это точка минимума: функция перестаёт убывать и начинает расти.""",
            en=r"""## 4. The critical point

Last lesson we saw that at low speeds $Q'(v) < 0$ (the function falls) and at high speeds $Q'(v) > 0$ (it grows).
Where the derivative changes its sign, it is zero: the tangent is horizontal. An inner point of the domain where
the derivative is zero or does not exist is a **critical point**. If the derivative changes its sign there from
"−" to "+", it is a minimum point: the function stops falling and starts to grow."""),
        a.example(
            kk=r"""### 3-мысал

$Q'(v) = -\frac{216}{v^2} + 0{,}001\,v = 0$ теңдеуінен $0{,}001\,v^3 = 216$, $v^3 = 216\,000$, $v = 60$ км/сағ.
Таңбасын тексерейік: $Q'(50) \approx -0{,}0364 < 0$, ал $Q'(70) \approx 0{,}0259 > 0$. Туынды «−»-тен «+»-ке
ауысады, демек 60 км/сағ — минимум нүктесі. Бұл — **үнемді жылдамдық**:
$Q(60) = 1{,}5 + 3{,}6 + 1{,}8 = 6{,}9$ л/100 км. Жалпы түрде $-\frac{a}{v^2} + 2bv = 0$ теңдеуінен
$v^* = \sqrt[3]{\frac{a}{2b}}$.""",
            ru=r"""### Пример 3

Из уравнения $Q'(v) = -\frac{216}{v^2} + 0{,}001\,v = 0$ получаем $0{,}001\,v^3 = 216$, $v^3 = 216\,000$,
$v = 60$ км/ч. Проверим знак: $Q'(50) \approx -0{,}0364 < 0$, а $Q'(70) \approx 0{,}0259 > 0$. Производная меняет
знак с «−» на «+», значит, 60 км/ч — точка минимума. Это **экономичная скорость**:
$Q(60) = 1{,}5 + 3{,}6 + 1{,}8 = 6{,}9$ л/100 км. В общем виде из $-\frac{a}{v^2} + 2bv = 0$ получаем
$v^* = \sqrt[3]{\frac{a}{2b}}$.""",
            en=r"""### Example 3

From $Q'(v) = -\frac{216}{v^2} + 0.001\,v = 0$ we get $0.001\,v^3 = 216$, $v^3 = 216\,000$, $v = 60$ km/h. Check
the sign: $Q'(50) \approx -0.0364 < 0$ and $Q'(70) \approx 0.0259 > 0$. The derivative changes from "−" to "+",
so 60 km/h is a minimum point. This is the **economical speed**: $Q(60) = 1.5 + 3.6 + 1.8 = 6.9$ L/100 km. In
general, $-\frac{a}{v^2} + 2bv = 0$ gives $v^* = \sqrt[3]{\frac{a}{2b}}$."""),
        a.code("""v = sp.Symbol("v", positive=True)
Q = sp.Rational(3, 2) + 216 / v + sp.Rational(1, 2000) * v**2
print(sp.solve(sp.Eq(sp.diff(Q, v), 0), v))
print(round(cruise.derivative(50), 4), round(cruise.derivative(70), 4))
print(cruise.economical_speed(), cruise.consumption(60))""", role="example"),
        a.text(
            kk=r"""## 5. Мерзімі бар жеткізу: кесіндідегі ең кіші мән

Дилер 150 км жерде, автомобиль 2 сағаттан кешікпей жетуі керек. Онда жылдамдық кемінде $150/2 = 75$ км/сағ:
$v$ тек $[75; 130]$ кесіндісінде таңдалады. Кесіндідегі ең кіші мән не кризистік нүктеде, не кесіндінің
ұшында болады. 60 км/сағ бұл кесіндіге кірмейді, ал $v > 60$ кезінде $Q'(v) > 0$: функция кесіндіде өседі,
сондықтан ең аз отын кесіндінің сол жақ ұшында, 75 км/сағ кезінде.""",
            ru=r"""## 5. Доставка к сроку: наименьшее значение на отрезке

Дилер находится в 150 км, автомобиль должен доехать не позже чем за 2 часа. Тогда скорость не меньше
$150/2 = 75$ км/ч: $v$ выбирается только на отрезке $[75; 130]$. Наименьшее значение на отрезке достигается либо в
критической точке, либо на конце отрезка. 60 км/ч в этот отрезок не входит, а при $v > 60$ $Q'(v) > 0$: функция
на отрезке возрастает, поэтому меньше всего топлива на левом конце отрезка, при 75 км/ч.""",
            en=r"""## 5. A delivery with a deadline: the least value on an interval

The dealer is 150 km away, and the car must get there within 2 hours. Then the speed is at least $150/2 = 75$ km/h:
$v$ can only be chosen in the interval $[75; 130]$. The least value on an interval is either at a critical point
or at an end of the interval. 60 km/h is not in this interval, and for $v > 60$ we have $Q'(v) > 0$: the function
grows on the interval, so the least fuel is at its left end, at 75 km/h."""),
        a.example(
            kk=r"""### 4-мысал

$Q(75) = 1{,}5 + 2{,}88 + 2{,}8125 = 7{,}1925 \approx 7{,}19$ л/100 км, 150 км жолға
$7{,}1925 \cdot 1{,}5 \approx 10{,}8$ л. 90 км/сағ кезінде $7{,}95 \cdot 1{,}5 \approx 11{,}9$ л, ал 60 км/сағ
кезінде жол $2{,}5$ сағатқа созылып, мерзімге үлгермейміз.""",
            ru=r"""### Пример 4

$Q(75) = 1{,}5 + 2{,}88 + 2{,}8125 = 7{,}1925 \approx 7{,}19$ л/100 км, на 150 км пути
$7{,}1925 \cdot 1{,}5 \approx 10{,}8$ л. При 90 км/ч уйдёт $7{,}95 \cdot 1{,}5 \approx 11{,}9$ л, а при 60 км/ч
дорога займёт $2{,}5$ часа, и к сроку мы не успеем.""",
            en=r"""### Example 4

$Q(75) = 1.5 + 2.88 + 2.8125 = 7.1925 \approx 7.19$ L/100 km, and the 150 km take $7.1925 \cdot 1.5 \approx 10.8$ L.
At 90 km/h it would be $7.95 \cdot 1.5 \approx 11.9$ L, and at 60 km/h the drive takes $2.5$ hours: too late."""),
        a.code("""for speed in (60, 75, 90):
    print(speed, cruise.trip(speed, distance=150))
print(cruise.economical_speed(v_min=75, v_max=130))""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Дана былай дейді: «Үнемді жылдамдық — 60 км/сағ, сондықтан мерзімге қарамай, әрдайым 60 км/сағ-пен жүру
керек. Ал мерзімге үлгеру үшін жылдамдықты арттыру керек болса, ең тиімдісі — 130 км/сағ: тезірек жетеміз».
Келісесіз бе? Ұяшық 150 км-лік жол үшін 60, 75 және 130 км/сағ кезіндегі уақыт пен отынды шығарады.""",
            ru=r"""### Верно ли?

Дана говорит: «Экономичная скорость — 60 км/ч, поэтому ехать нужно всегда со скоростью 60 км/ч, каким бы ни был
срок. А если, чтобы успеть, скорость нужно увеличить, то выгоднее всего 130 км/ч: доедем быстрее». Согласны?
Ячейка выводит время и топливо на 150 км при 60, 75 и 130 км/ч.""",
            en=r"""### Is it true?

Dana says: "The economical speed is 60 km/h, so you should always drive at 60 km/h, whatever the deadline. And if
you must go faster to be in time, 130 km/h is best: you get there sooner." Do you agree? The cell prints the time
and the fuel for 150 km at 60, 75 and 130 km/h."""),
        a.code("""for speed in (60, 75, 130):
    drive = cruise.trip(speed, distance=150)
    print(speed, round(drive["hours"], 2), round(drive["litres"], 1))""", role="misconception"),
        a.predict(
            kk=r"""### Алдымен бағалаңыз

Жеткізу тапсырмасы: кроссоверді 200 км жердегі дилерге $2{,}5$ сағаттан кешіктірмей жеткізу керек, ал жолға
зауыт 15 л отын береді. Жүгірткіні қозғамас бұрын бағалаңыз: ең аз жылдамдық қандай? Сол жылдамдықта 200 км-ге
15 л жете ме?""",
            ru=r"""### Сначала оцените

Задание на доставку: кроссовер нужно доставить дилеру за 200 км не позже чем за $2{,}5$ часа, а на дорогу завод
даёт 15 л топлива. Прежде чем двигать ползунок, оцените: какая скорость наименьшая? Хватит ли при ней 15 л на
200 км?""",
            en=r"""### Estimate first

The delivery task: the crossover must reach a dealer 200 km away within $2.5$ hours, and the plant gives 15 L of
fuel for the drive. Before you move the slider, estimate: what is the least speed? Are 15 L enough for 200 km at
that speed?"""),
        a.design_lab("""design_lab = cruise.make_lab("delivery")
design_lab"""),
        a.text(
            kk=r"""Екі талап та орындалатын жылдамдықты таңдап, **Жобаны тексеру** батырмасын басыңыз. Бағалауыңыз
расталды ма? Талаптарды орындайтын жылдамдықтардың бәрін табыңыз. Неге олар үнемді жылдамдықтан алыс емес, бірақ
одан жоғары?""",
            ru=r"""Подберите скорость, при которой выполняются оба требования, и нажмите **Проверить проект**. Подтвердилась ли
оценка? Найдите все скорости, которые выполняют требования. Почему они выше экономичной скорости, но недалеко от
неё?""",
            en=r"""Choose a speed that meets both requirements and press **Check the design**. Was your estimate right? Find every
speed that meets the requirements. Why are they above the economical speed, but not far from it?"""),
        a.summary(
            kk=r"""## Қорытынды

* **Кризистік нүкте** — туынды нөлге тең болатын немесе болмайтын ішкі нүкте. Онда туынды «−»-тен «+»-ке
  ауысса, бұл — минимум нүктесі.
* **Үнемді жылдамдық** — **отын шығыны** ең аз болатын жылдамдық: $Q'(v) = 0$ теңдеуінен
  $v^* = \sqrt[3]{a/(2b)}$, кроссовер үшін 60 км/сағ.
* **Туынды** мен **жанама**: $v^*$ нүктесінде жанама көлденең.
* Кесіндідегі ең кіші мән не кризистік нүктеде, не кесіндінің ұшында: мерзім жылдамдықты $v^*$-тен жоғары
  болуға мәжбүрлесе, ең аз рұқсат етілген жылдамдықты таңдаймыз.""",
            ru=r"""## Итоги

* **Критическая точка** — внутренняя точка, в которой производная равна нулю или не существует. Если в ней
  производная меняет знак с «−» на «+», это точка минимума.
* **Экономичная скорость** — скорость, при которой **расход топлива** наименьший: из уравнения $Q'(v) = 0$
  $v^* = \sqrt[3]{a/(2b)}$, для кроссовера 60 км/ч.
* **Производная** и **касательная**: в точке $v^*$ касательная горизонтальна.
* Наименьшее значение на отрезке — либо в критической точке, либо на конце отрезка: если срок заставляет ехать
  быстрее $v^*$, выбираем наименьшую допустимую скорость.""",
            en=r"""## Summary

* A **critical point** is an inner point where the derivative is zero or does not exist. If the derivative
  changes there from "−" to "+", it is a minimum point.
* The **economical speed** is the speed of the least **fuel consumption**: from $Q'(v) = 0$,
  $v^* = \sqrt[3]{a/(2b)}$, 60 km/h for the crossover.
* The **derivative** and the **tangent**: at $v^*$ the tangent is horizontal.
* The least value on an interval is at a critical point or at an end of the interval: when a deadline forces a
  speed above $v^*$, we choose the least speed allowed."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Туындының нөлге тең болуы функцияның ең кіші мәні бар екенін әрдайым білдіре ме? Мысал келтіріңіз.
2. Зауытта тағы не «ең аз» немесе «ең көп» болуы керек? Оны туындымен қалай іздер едіңіз?
3. Бүгін сізге не түсініксіз қалды?""",
            ru=r"""## Рефлексия

1. Всегда ли равенство производной нулю означает, что функция принимает наименьшее значение? Приведите пример.
2. Что ещё на заводе должно быть «наименьшим» или «наибольшим»? Как бы вы искали это с помощью производной?
3. Что сегодня осталось для вас непонятным?""",
            en=r"""## Reflection

1. Does a zero derivative always mean the function takes its least value there? Give an example.
2. What else at the plant should be "least" or "greatest"? How would you look for it with the derivative?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import cruise

# [kk] жылдамдықтың әрпі (км/сағ); оған сан бермеңіз
# [ru] буква скорости (км/ч); не присваивайте ей число
# [en] the letter of the speed (km/h); do not give it a number
v = sp.Symbol("v", positive=True)"""


def _msg(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


L100 = ureg.liter / (100 * ureg.kilometer)
KMH = ureg.kilometer / ureg.hour

MISTAKES = {
    "derivative-sign": _msg("1/v функциясының туындысы −1/v²: таңбасын тексеріңіз.",
                            "Производная 1/v равна −1/v²: проверьте знак.",
                            "The derivative of 1/v is −1/v²: check the sign."),
    "derivative-power": _msg("(v²)′ = 2v: дәреже көрсеткішін көбейткіш ретінде шығарыңыз.",
                             "(v²)′ = 2v: показатель степени выносится множителем.",
                             "(v²)′ = 2v: the exponent comes down as a factor."),
    "derivative-reciprocal": _msg("1/v = v⁻¹, сондықтан (1/v)′ = −v⁻² = −1/v²: дәреже көрсеткіші 1-ге кемиді.",
                                  "1/v = v⁻¹, поэтому (1/v)′ = −v⁻² = −1/v²: показатель степени уменьшается на 1.",
                                  "1/v = v⁻¹, so (1/v)′ = −v⁻² = −1/v²: the exponent drops by 1."),
    "derivative-constant": _msg("Тұрақты санның туындысы 0-ге тең.", "Производная постоянной равна 0.",
                                "A constant's derivative is 0."),
    "tangent-point": _msg("Жанама (100; Q(100)) нүктесі арқылы өтуі керек: Q(100) мәнін тексеріңіз.",
                          "Касательная должна проходить через точку (100; Q(100)): проверьте Q(100).",
                          "The tangent must pass through (100; Q(100)): check Q(100)."),
    "tangent-slope": _msg("Жанаманың бұрыштық коэффициенті — Q′(100), Q(100) емес.",
                          "Угловой коэффициент касательной — Q′(100), а не Q(100).",
                          "The tangent's slope is Q′(100), not Q(100)."),
    "tangent-one-term": _msg("Бұрыштық коэффициентте Q′(100) мәнінің бір қосылғышы жоқ: туындының барлық "
                             "қосылғыштарын v = 100 кезінде есептеңіз.",
                             "В угловом коэффициенте не хватает слагаемого Q′(100): вычислите все слагаемые "
                             "производной при v = 100.",
                             "The slope leaves out a term of Q′(100): work out every term of the derivative at "
                             "v = 100."),
    "no-half": _msg("Q′(v) = −a/v² + 2bv: 2 көбейткішін тексеріңіз.", "Q′(v) = −a/v² + 2bv: проверьте множитель 2.",
                    "Q′(v) = −a/v² + 2bv: check the factor 2."),
    "square-root": _msg("Q′(v) = 0 теңдеуін v²-қа көбейткенде v³ шығады: квадрат түбір емес, куб түбір керек.",
                        "Если умножить Q′(v) = 0 на v², получится v³: нужен кубический корень, а не квадратный.",
                        "Multiplying Q′(v) = 0 by v² gives v³: a cube root is needed, not a square root."),
    "at-100": _msg("Бұл — 100 км/сағ кездегі шығын; үнемді жылдамдықтағы шығын керек.",
                   "Это расход при 100 км/ч; нужен расход при экономичной скорости.",
                   "That is the consumption at 100 km/h; the one at the economical speed is asked."),
    "per-km": _msg("Сан — 100 км-ге кететін литр, ал бірлігі — 1 км-ге: оны ureg.liter / (100 * ureg.km) деп "
                   "жазыңыз.",
                   "Число — литры на 100 км, а единица — на 1 км: запишите её как ureg.liter / (100 * ureg.km).",
                   "The number is litres per 100 km, but the unit says per 1 km: write it as "
                   "ureg.liter / (100 * ureg.km)."),
    "hundred-only": _msg("Бұл — тек 100 км-ге кететін отын: 350 км-ге 3,5 есе көп кетеді.",
                         "Это топливо только на 100 км: на 350 км уйдёт в 3,5 раза больше.",
                         "That is the fuel for 100 km only: 350 km take 3.5 times as much."),
    "no-per-100": _msg("Q — 100 км-ге кететін литр: 350 км үшін 3,5-ке көбейтіңіз.",
                       "Q — литры на 100 км: для 350 км умножьте на 3,5.",
                       "Q is litres per 100 km: for 350 km multiply by 3.5."),
    "wrong-speed": _msg("Бұл — үнемді жылдамдықтағы отын; тапсырмада 110 км/сағ берілген.",
                        "Это топливо при экономичной скорости; в задаче дана скорость 110 км/ч.",
                        "That is the fuel at the economical speed; the task gives 110 km/h."),
}


def _rule(value: object, code: str) -> object:
    return rules.wrong_answer(value, code=code, message=MISTAKES[code])


def _rules_text(*pairs: tuple[str, str]) -> str:
    """The hidden test's rules as code: each ``(value_code, code)`` with its message."""
    lines = [f"    rules.wrong_answer({value}, code={code!r}, message={MISTAKES[code]!r})," for value, code in pairs]
    return "[\n" + "\n".join(lines) + "\n]"


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    v = sp.Symbol("v", positive=True)
    return {
        "derivative": fingerprint(-256 / v**2 + v / 2000, mistakes=[_rule(256 / v**2 + v / 2000, "derivative-sign"),
                                                                    _rule(-256 / v**2 + v / 4000, "derivative-power"),
                                                                    _rule(-256 / v + v / 2000, "derivative-reciprocal")],
                                  salt=salt("derivative")),
        "tangent": fingerprint(sp.Rational(706, 100) + sp.Rational(244, 10000) * (v - 100), rtol=0.001,
                               mistakes=[_rule(2 + sp.Rational(244, 10000) * (v - 100), "tangent-point"),
                                         _rule(sp.Rational(244, 10000) * (v - 100), "tangent-point"),
                                         _rule(sp.Rational(706, 100) + sp.Rational(5, 100) * (v - 100),
                                               "tangent-one-term")],
                               salt=salt("tangent")),
        "best-speed": fingerprint(80 * KMH, rtol=0.005, mistakes=[_rule(1024000 ** (1 / 3) * KMH, "no-half")],
                                  salt=salt("best-speed")),
        "least-consumption": fingerprint(6.8 * L100, rtol=0.005, mistakes=[_rule(7.06 * L100, "at-100"),
                                                                   _rule(6.8 * ureg.liter / ureg.km, "per-km")],
                                         salt=salt("least-consumption")),
        "trip-fuel": fingerprint((2 + 256 / 110 + 110**2 / 4000) * 3.5 * ureg.liter, rtol=0.005,
                                 mistakes=[_rule(23.8 * ureg.liter, "wrong-speed"),
                                           _rule((2 + 256 / 110 + 110**2 / 4000) * ureg.liter, "hundred-only")],
                                 salt=salt("trip-fuel")),
    }


def _expr_test(name: str, token: str) -> str:
    return (f"assert isinstance({name}, sp.Expr), pick({_msg(f'{name} — v әрпінен құрылған sympy өрнегі болуы керек.', f'{name} должно быть выражением sympy от v.', f'{name} should be a sympy expression in v.')!r})\n"
            f"assert {{s.name for s in {name}.free_symbols}} <= {{\"v\"}}, pick({_msg(f'{name} өрнегінде тек v әрпі болуы керек.', f'В выражении {name} может быть только буква v.', f'{name} may use only the letter v.')!r})\n"
            f"advise(self_check({name}, \"{token}\"))")


def _quantity_test(name: str, unit: str, token: str) -> str:
    return (f"require(compare({name}, {unit!r}, mode=\"dimension\"))\n"
            f"advise(self_check({name}, \"{token}\"))")


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk=r"""# Үнемді жылдамдық: туынды және ең тиімді мән

Зауыттың жаңа седанының 100 км-ге жұмсайтын отын шығыны тұрақты $v$ км/сағ жылдамдықта

$$Q(v) = 2 + \frac{256}{v} + \frac{v^2}{4000}\ \text{л/100 км}.$$

Бұл тапсырмада сіз оның туындысын, жанамасын және үнемді жылдамдығын табасыз, кесіндідегі ең кіші мәнді іздейтін
функция жазасыз, жүргізушінің пікірін бағалайсыз және зертханада кроссовердің жеткізу жылдамдығын таңдайсыз.
Сандар ойдан алынған, бірақ шынайы. Уақыты — 45 минут.""",
            ru=r"""# Экономичная скорость: производная и наилучшее значение

Расход топлива нового седана завода на 100 км при постоянной скорости $v$ км/ч равен

$$Q(v) = 2 + \frac{256}{v} + \frac{v^2}{4000}\ \text{л/100 км}.$$

В этом задании вы найдёте его производную, касательную и экономичную скорость, напишете функцию, которая ищет
наименьшее значение на отрезке, оцените утверждение водителя и подберёте в лаборатории скорость доставки
кроссовера. Числа вымышленные, но правдоподобные. Время — 45 минут.""",
            en=r"""# The economical speed: the derivative and the best value

The fuel consumption of the plant's new sedan per 100 km at a steady speed of $v$ km/h is

$$Q(v) = 2 + \frac{256}{v} + \frac{v^2}{4000}\ \text{L/100 km}.$$

In this assignment you find its derivative, its tangent and its economical speed, write a function that finds the
least value on an interval, judge a driver's claim and choose the crossover's delivery speed in the lab. The
numbers are fictional but plausible. Time: 45 minutes."""),
        a.text(
            kk=r"""**Жауапты қалай жазу керек.** Өрнекті бірінші код ұяшығындағы `v` әрпімен sympy өрнегі ретінде жазыңыз (`v`
әрпіне сан меншіктемеңіз). Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `3 * ureg.liter`,
`50 * ureg.km / ureg.hour`; 100 км-ге литр — `ureg.liter / (100 * ureg.km)`. Жауапты есептейтін Python өрнегі де
болады (`5 * 3 + 2`). Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru=r"""**Как записывать ответы.** Выражение записывайте как выражение sympy с буквой `v` из первой ячейки кода (не
присваивайте `v` число). Величину с единицей измерения записывайте через `ureg`: `3 * ureg.liter`,
`50 * ureg.km / ureg.hour`; литры на 100 км — `ureg.liter / (100 * ureg.km)`. Можно и выражение Python, которое
вычисляет ответ (`5 * 3 + 2`). Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа.""",
            en=r"""**How to write answers.** Write an expression as a sympy expression with the letter `v` of the first code cell
(do not assign a number to `v`). Write a quantity with a unit through `ureg`: `3 * ureg.liter`,
`50 * ureg.km / ureg.hour`; litres per 100 km are `ureg.liter / (100 * ureg.km)`. A Python expression that computes
the answer is fine too (`5 * 3 + 2`). Run the test cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Туынды және жанама", ru="## Часть А. Производная и касательная",
               en="## Part A. The derivative and the tangent"),
        a.task(1, 1, "A",
               kk=r"""Седанның $Q'(v)$ туындысын $v$ арқылы sympy өрнегі ретінде жазыңыз: `dQ = ...` (жауаптың түрі, мысалы,
`3/v**2 - v/10`, бірақ бұл жауап емес). Кез келген тепе-тең өрнек қабылданады.""",
               ru=r"""Запишите производную седана $Q'(v)$ как выражение sympy через $v$: `dQ = ...` (форма ответа, например,
`3/v**2 - v/10`, но это не ответ). Принимается любое тождественно равное выражение.""",
               en=r"""Write the sedan's derivative $Q'(v)$ as a sympy expression in $v$: `dQ = ...` (the form of an answer is, for
example, `3/v**2 - v/10`, which is not the answer). Any equivalent expression is accepted."""),
        a.answer("derivative", "dQ = -256 / v**2 + v / 2000", hint=_msg(
            "dQ = ...  (v арқылы sympy өрнегі)", "dQ = ...  (выражение sympy через v)",
            "dQ = ...  (a sympy expression in v)")),
        a.tests("derivative-test", 1, public=_expr_test("dQ", token["derivative"]),
                hidden="""from curriculum.check import rules
require(compare(dQ, -256 / v**2 + v / 2000, rules=""" + _rules_text(
                    ("256 / v**2 + v / 2000", "derivative-sign"), ("-256 / v**2 + v / 4000", "derivative-power"),
                    ("2 - 256 / v**2 + v / 2000", "derivative-constant"),
                    ("-256 / v + v / 2000", "derivative-reciprocal")) + "))"),

        a.task(2, 2, "B",
               kk=r"""Седан графигіне $v_0 = 100$ км/сағ нүктесінде жүргізілген жанаманың теңдеуін жазыңыз: `tangent_100 = ...`
($v$ арқылы sympy өрнегі, жанаманың $y$ мәні; мысалы, `0.5*v + 3`, бұл жауап емес). Кез келген тепе-тең өрнек
қабылданады; коэффициенттер 0,1 % дәлдікпен.""",
               ru=r"""Запишите уравнение касательной к графику седана в точке $v_0 = 100$ км/ч: `tangent_100 = ...` (выражение
sympy через $v$, значение $y$ касательной; например, `0.5*v + 3`, это не ответ). Принимается любое тождественно
равное выражение; коэффициенты с точностью до 0,1 %.""",
               en=r"""Write the equation of the tangent to the sedan's graph at $v_0 = 100$ km/h: `tangent_100 = ...` (a sympy
expression in $v$, the tangent's $y$; for example `0.5*v + 3`, which is not the answer). Any equivalent expression
is accepted; coefficients within 0.1 %."""),
        a.answer("tangent", "tangent_100 = 7.06 + 0.0244 * (v - 100)", hint=_msg(
            "tangent_100 = ...  (v арқылы sympy өрнегі)", "tangent_100 = ...  (выражение sympy через v)",
            "tangent_100 = ...  (a sympy expression in v)")),
        a.tests("tangent-test", 2, public=_expr_test("tangent_100", token["tangent"]),
                hidden="""from curriculum.check import rules
require(compare(tangent_100, sp.Rational(706, 100) + sp.Rational(244, 10000) * (v - 100), rtol=0.001, rules=""" + _rules_text(
                    ("2 + sp.Rational(244, 10000) * (v - 100)", "tangent-point"),
                    ("sp.Rational(244, 10000) * (v - 100)", "tangent-point"),
                    ("sp.Rational(706, 100) * (v - 100) + sp.Rational(244, 10000)", "tangent-slope"),
                    ("sp.Rational(706, 100) + sp.Rational(5, 100) * (v - 100)", "tangent-one-term")) + "), points=2)"),

        a.text(kk="## Ә бөлім. Үнемді жылдамдық", ru="## Часть Б. Экономичная скорость",
               en="## Part B. The economical speed"),
        a.task(3, 2, "B",
               kk=r"""Седанның үнемді жылдамдығын $Q'(v) = 0$ теңдеуінен табыңыз: `v_best = ... * ureg.km / ureg.hour` (басқа
жылдамдық бірлігі де қабылданады; 0,5 % дәлдікпен).""",
               ru=r"""Найдите экономичную скорость седана из уравнения $Q'(v) = 0$: `v_best = ... * ureg.km / ureg.hour`
(принимается и другая единица скорости; с точностью до 0,5 %).""",
               en=r"""Find the sedan's economical speed from $Q'(v) = 0$: `v_best = ... * ureg.km / ureg.hour` (another unit of
speed is accepted too; within 0.5 %)."""),
        a.answer("best-speed", "v_best = (256 * 2000) ** (1 / 3) * ureg.km / ureg.hour",
                 before="# v_best = ... * ureg.km / ureg.hour"),
        a.tests("best-speed-test", 2, public=_quantity_test("v_best", "km/h", token["best-speed"]),
                hidden="""from curriculum.check import rules
require(compare(v_best, "80 km/h", mode="units", rtol=0.005, rules=""" + _rules_text(
                    ("1024000 ** (1 / 3) * ureg.km / ureg.hour", "no-half"),
                    ("512000 ** (1 / 2) * ureg.km / ureg.hour", "square-root")) + "), points=2)"),

        a.task(4, 1, "A",
               kk=r"""Үнемді жылдамдықтағы отын шығыны қандай? `q_best = ... * ureg.liter / (100 * ureg.km)` (басқа бірлік те
қабылданады, мысалы `ureg.liter / ureg.km`; 0,5 % дәлдікпен).""",
               ru=r"""Каков расход топлива при экономичной скорости? `q_best = ... * ureg.liter / (100 * ureg.km)` (принимается и
другая единица, например `ureg.liter / ureg.km`; с точностью до 0,5 %).""",
               en=r"""What is the fuel consumption at the economical speed? `q_best = ... * ureg.liter / (100 * ureg.km)` (another
unit is accepted too, for example `ureg.liter / ureg.km`; within 0.5 %)."""),
        a.answer("least-consumption", "q_best = (2 + 256 / 80 + 80**2 / 4000) * ureg.liter / (100 * ureg.km)",
                 before="# q_best = ... * ureg.liter / (100 * ureg.km)"),
        a.tests("least-consumption-test", 1, public=_quantity_test("q_best", "L/km", token["least-consumption"]),
                hidden="""from curriculum.check import rules
require(compare(q_best, 0.068 * ureg.liter / ureg.km, mode="units", rtol=0.005, rules=""" + _rules_text(
                    ("0.0706 * ureg.liter / ureg.km", "at-100"),
                    ("6.8 * ureg.liter / ureg.km", "per-km")) + "))"),

        a.task(5, 1, "A",
               kk=r"""Тас жолда седан 350 км-ді тұрақты 110 км/сағ жылдамдықпен жүреді. Оған неше литр отын кетеді?
`fuel_350 = ... * ureg.liter` (0,5 % дәлдікпен).""",
               ru=r"""По трассе седан проезжает 350 км с постоянной скоростью 110 км/ч. Сколько литров топлива он израсходует?
`fuel_350 = ... * ureg.liter` (с точностью до 0,5 %).""",
               en=r"""On the highway the sedan drives 350 km at a steady 110 km/h. How many litres of fuel does it use?
`fuel_350 = ... * ureg.liter` (within 0.5 %)."""),
        a.answer("trip-fuel", "fuel_350 = (2 + 256 / 110 + 110**2 / 4000) * 350 / 100 * ureg.liter",
                 before="# fuel_350 = ... * ureg.liter"),
        a.tests("trip-fuel-test", 1, public=_quantity_test("fuel_350", "L", token["trip-fuel"]),
                hidden="""from curriculum.check import rules
require(compare(fuel_350, (2 + 256 / 110 + 110**2 / 4000) * 3.5 * ureg.liter, mode="units", rtol=0.005, rules=""" + _rules_text(
                    ("(2 + 256 / 110 + 110**2 / 4000) * 350 * ureg.liter", "no-per-100"),
                    ("23.8 * ureg.liter", "wrong-speed"),
                    ("(2 + 256 / 110 + 110**2 / 4000) * ureg.liter", "hundred-only")) + "))"),

        a.task(6, 2, "B",
               kk=r"""$Q(v) = c + \frac{a}{v} + b\,v^2$ ($a > 0$, $b > 0$) функциясы $[v_{min}; v_{max}]$ кесіндісінде ең кіші мәнін
қабылдайтын жылдамдықты қайтаратын `best_speed(a, b, v_min, v_max)` функциясын жазыңыз. Кризистік нүкте
$\sqrt[3]{a/(2b)}$ кесіндіде жатса, соны қайтарсын, әйтпесе оған жақын ұшын. Мысалы, `best_speed(2000, 1, 5, 20)`
нәтижесі `10.0`, ал `best_speed(2000, 1, 12, 20)` нәтижесі `12`. Нәтиже $10^{-6}$ салыстырмалы дәлдікпен
тексеріледі.""",
               ru=r"""Напишите функцию `best_speed(a, b, v_min, v_max)`, которая возвращает скорость, при которой функция
$Q(v) = c + \frac{a}{v} + b\,v^2$ ($a > 0$, $b > 0$) принимает наименьшее значение на отрезке $[v_{min}; v_{max}]$.
Если критическая точка $\sqrt[3]{a/(2b)}$ лежит на отрезке, функция возвращает её, иначе — ближайший к ней конец.
Например, `best_speed(2000, 1, 5, 20)` даёт `10.0`, а `best_speed(2000, 1, 12, 20)` даёт `12`. Результат
проверяется с относительной точностью $10^{-6}$.""",
               en=r"""Write a function `best_speed(a, b, v_min, v_max)` that returns the speed where $Q(v) = c + \frac{a}{v} + b\,v^2$
($a > 0$, $b > 0$) takes its least value on the interval $[v_{min}; v_{max}]$: the critical point
$\sqrt[3]{a/(2b)}$ if it lies in the interval, else the end nearer to it. For example, `best_speed(2000, 1, 5, 20)`
gives `10.0` and `best_speed(2000, 1, 12, 20)` gives `12`. The result is checked to a relative $10^{-6}$."""),
        a.answer("best-on-interval", """def best_speed(a, b, v_min, v_max):
    critical = (a / (2 * b)) ** (1 / 3)
    if critical < v_min:
        return v_min
    if critical > v_max:
        return v_max
    return critical""", hint=_msg(
            "def best_speed(a, b, v_min, v_max): ... кризистік нүктені тауып, оны кесіндінің ұштарымен салыстырыңыз",
            "def best_speed(a, b, v_min, v_max): ... найдите критическую точку и сравните её с концами отрезка",
            "def best_speed(a, b, v_min, v_max): ... find the critical point and weigh it against the interval's ends")),
        a.tests("best-on-interval-test", 2, public=f"""assert callable(best_speed), pick({_msg("best_speed — функция болуы керек (def best_speed(a, b, v_min, v_max): ...).", "best_speed должна быть функцией (def best_speed(a, b, v_min, v_max): ...).", "best_speed should be a function (def best_speed(a, b, v_min, v_max): ...).")!r})
assert abs(best_speed(2000, 1, 5, 20) - 10) < 1e-6, pick({_msg("best_speed(2000, 1, 5, 20) тапсырмадағы мысалдағыдай 10.0 беруі керек.", "best_speed(2000, 1, 5, 20) должна давать 10.0, как в примере задачи.", "best_speed(2000, 1, 5, 20) should give 10.0, as in the task's example.")!r})
assert abs(best_speed(2000, 1, 12, 20) - 12) < 1e-6, pick({_msg("best_speed(2000, 1, 12, 20) тапсырмадағы мысалдағыдай 12 беруі керек.", "best_speed(2000, 1, 12, 20) должна давать 12, как в примере задачи.", "best_speed(2000, 1, 12, 20) should give 12, as in the task's example.")!r})""",
                hidden="""from hypothesis import strategies as st
require(check_function(best_speed, cruise.economical_speed, rtol=1e-6,
                       inputs=[(2000, 1, 5, 20), (2000, 1, 12, 20), (2000, 1, 2, 8), (256, 0.00025, 20, 130),
                               (256, 0.00025, 87.5, 130), (216, 0.0005, 20, 50), (216, 0.0005, 60, 60),
                               (54, 1, 1, 10)],
                       strategy=st.tuples(st.integers(50, 500), st.sampled_from([0.0002, 0.0005, 0.001]),
                                          st.integers(20, 70), st.integers(70, 140)),
                       max_examples=100))"""),

        a.text(kk="## Б бөлім. Жүргізушінің пікірі және жеткізу", ru="## Часть В. Утверждение водителя и доставка",
               en="## Part C. The driver's claim and the delivery"),
        a.task(7, 3, "C", locked_id="driver-claim-prompt",
               kk=r"""Жүргізуші былай дейді: «Седанмен неғұрлым баяу жүрсем, соғұрлым аз отын жағамын». (а) $Q'(v)$ туындысының
таңбасын $v < 80$ және $v > 80$ үшін анықтап, $Q(40)$ мен $Q(80)$ мәндерін салыстырыңыз. (ә) 40 және 80 км/сағ
кезінде бір сағатта неше литр отын кетеді ($Q \cdot v / 100$)? Жүргізуші қай жағынан дұрыс, қай жағынан
қателеседі? (б) Седанды 350 км жердегі дилерге 4 сағаттан кешіктірмей жеткізу керек. Қай жылдамдық ең аз отын
жұмсайды және неге? Жауапты төмендегі ұяшыққа сөзбен және есептеулермен жазыңыз.""",
               ru=r"""Водитель говорит: «Чем медленнее я еду на седане, тем меньше топлива сжигаю». (а) Определите знак производной
$Q'(v)$ при $v < 80$ и при $v > 80$ и сравните $Q(40)$ и $Q(80)$. (б) Сколько литров топлива уходит за час при 40 и
при 80 км/ч ($Q \cdot v / 100$)? В чём водитель прав, а в чём ошибается? (в) Седан нужно доставить дилеру за 350 км
не позже чем за 4 часа. При какой скорости топлива уйдёт меньше всего и почему? Напишите ответ словами и с
вычислениями в ячейке ниже.""",
               en=r"""A driver says: "The slower I drive the sedan, the less fuel I burn." (a) Find the sign of the derivative
$Q'(v)$ for $v < 80$ and for $v > 80$, and compare $Q(40)$ with $Q(80)$. (b) How many litres of fuel an hour are
burnt at 40 and at 80 km/h ($Q \cdot v / 100$)? In what is the driver right, and where is he wrong? (c) The sedan
must reach a dealer 350 km away within 4 hours. At which speed is the least fuel used, and why? Write your answer in
words and with calculations in the cell below.""",
               rubric={
                   "kk": r"""* 1 ұпай: $Q'(v) = -256/v^2 + v/2000$; $v < 80$ кезінде $v^3 < 512\,000$, $Q' < 0$ (кемиді), $v > 80$ кезінде
  $Q' > 0$ (өседі); $Q(40) = 8{,}8 > Q(80) = 6{,}8$ л/100 км: 80-нен баяу жүру 100 км-ге көбірек отын жағады.
* 1 ұпай: сағатына $8{,}8 \cdot 0{,}4 = 3{,}52$ л және $6{,}8 \cdot 0{,}8 = 5{,}44$ л: баяу жүрсе, сағатына аз, бірақ
  100 км-ге көп жағады; жүргізуші сағаттық отын туралы дұрыс, жолдың отыны туралы қателеседі.
* 1 ұпай: $v \ge 350/4 = 87{,}5$ км/сағ; $[87{,}5; 130]$ кесіндісінде $Q' > 0$, $Q$ өседі, сондықтан ең аз отын
  $87{,}5$ км/сағ кезінде: $Q(87{,}5) \approx 6{,}84$ л/100 км, шамамен $23{,}9$ л (110 км/сағ кезінде шамамен $25{,}7$ л).""",
                   "ru": r"""* 1 балл: $Q'(v) = -256/v^2 + v/2000$; при $v < 80$ $v^3 < 512\,000$, $Q' < 0$ (убывает), при $v > 80$ $Q' > 0$
  (возрастает); $Q(40) = 8{,}8 > Q(80) = 6{,}8$ л/100 км: ехать медленнее 80 — больше топлива на 100 км.
* 1 балл: в час $8{,}8 \cdot 0{,}4 = 3{,}52$ л и $6{,}8 \cdot 0{,}8 = 5{,}44$ л: медленнее — меньше в час, но больше
  на 100 км; водитель прав о топливе в час и ошибается о топливе на дорогу.
* 1 балл: $v \ge 350/4 = 87{,}5$ км/ч; на отрезке $[87{,}5; 130]$ $Q' > 0$, $Q$ возрастает, поэтому меньше всего
  топлива при $87{,}5$ км/ч: $Q(87{,}5) \approx 6{,}84$ л/100 км, около $23{,}9$ л (при 110 км/ч около $25{,}7$ л).""",
                   "en": r"""* 1 point: $Q'(v) = -256/v^2 + v/2000$; for $v < 80$, $v^3 < 512\,000$ and $Q' < 0$ (falls), for $v > 80$ $Q' > 0$
  (grows); $Q(40) = 8.8 > Q(80) = 6.8$ L/100 km: below 80 km/h, slower means more fuel per 100 km.
* 1 point: an hour, $8.8 \cdot 0.4 = 3.52$ L and $6.8 \cdot 0.8 = 5.44$ L: slower burns less an hour but more per
  100 km; the driver is right about the fuel an hour and wrong about the fuel for the drive.
* 1 point: $v \ge 350/4 = 87.5$ km/h; on $[87.5; 130]$ $Q' > 0$ and $Q$ grows, so the least fuel is at $87.5$ km/h:
  $Q(87.5) \approx 6.84$ L/100 km, about $23.9$ L (about $25.7$ L at 110 km/h)."""}),
        a.written("driver-claim", 3, r"""**Model answer (en).** (a) $Q'(v) = -\frac{256}{v^2} + \frac{v}{2000}$ is zero at $v^3 = 512\,000$,
$v = 80$; for $v < 80$ it is negative (the consumption falls as the speed grows), for $v > 80$ positive.
$Q(40) = 2 + 6.4 + 0.4 = 8.8$ L/100 km and $Q(80) = 2 + 3.2 + 1.6 = 6.8$ L/100 km: below 80 km/h, driving slower
uses more fuel per 100 km. (b) An hour: $8.8 \cdot 0.4 = 3.52$ L at 40 km/h and $6.8 \cdot 0.8 = 5.44$ L at 80 km/h.
The driver is right that a slow car burns less fuel an hour, but it drives fewer kilometres in that hour: per 100 km
it burns more. (c) To be in time, $v \ge 350/4 = 87.5$ km/h. On $[87.5; 130]$ the derivative is positive, so $Q$
grows and the least fuel is at the slowest speed allowed, $87.5$ km/h: $Q(87.5) \approx 6.84$ L/100 km, about
$23.9$ L for the 350 km (about $25.7$ L at 110 km/h).

**Үлгі жауап (kk).** (а) $Q'(v) = -\frac{256}{v^2} + \frac{v}{2000}$ туындысы $v^3 = 512\,000$, $v = 80$ кезінде
нөлге тең; $v < 80$ кезінде теріс (жылдамдық өскенде шығын кемиді), $v > 80$ кезінде оң.
$Q(40) = 2 + 6{,}4 + 0{,}4 = 8{,}8$ л/100 км, $Q(80) = 2 + 3{,}2 + 1{,}6 = 6{,}8$ л/100 км: 80 км/сағ-тан төмен
баяу жүрсе, 100 км-ге көбірек отын кетеді. (ә) Сағатына: 40 км/сағ кезінде $8{,}8 \cdot 0{,}4 = 3{,}52$ л,
80 км/сағ кезінде $6{,}8 \cdot 0{,}8 = 5{,}44$ л. Баяу автомобиль сағатына аз отын жағады — бұл жағынан жүргізуші
дұрыс, бірақ сол сағатта ол аз жол жүреді: 100 км-ге көбірек жағады. (б) Мерзімге үлгеру үшін
$v \ge 350/4 = 87{,}5$ км/сағ. $[87{,}5; 130]$ кесіндісінде туынды оң, $Q$ өседі, сондықтан ең аз отын ең аз рұқсат
етілген жылдамдықта, $87{,}5$ км/сағ кезінде: $Q(87{,}5) \approx 6{,}84$ л/100 км, 350 км-ге шамамен $23{,}9$ л
(110 км/сағ кезінде шамамен $25{,}7$ л).

**Образец ответа (ru).** (а) Производная $Q'(v) = -\frac{256}{v^2} + \frac{v}{2000}$ равна нулю при
$v^3 = 512\,000$, $v = 80$; при $v < 80$ она отрицательна (с ростом скорости расход убывает), при $v > 80$
положительна. $Q(40) = 2 + 6{,}4 + 0{,}4 = 8{,}8$ л/100 км, $Q(80) = 2 + 3{,}2 + 1{,}6 = 6{,}8$ л/100 км: ниже
80 км/ч медленная езда тратит больше топлива на 100 км. (б) В час: при 40 км/ч $8{,}8 \cdot 0{,}4 = 3{,}52$ л, при
80 км/ч $6{,}8 \cdot 0{,}8 = 5{,}44$ л. Водитель прав, что медленный автомобиль сжигает меньше топлива в час, но за
этот час он проезжает меньше: на 100 км он сжигает больше. (в) Чтобы успеть, $v \ge 350/4 = 87{,}5$ км/ч. На отрезке
$[87{,}5; 130]$ производная положительна, $Q$ возрастает, поэтому меньше всего топлива при наименьшей допустимой
скорости, $87{,}5$ км/ч: $Q(87{,}5) \approx 6{,}84$ л/100 км, около $23{,}9$ л на 350 км (при 110 км/ч около
$25{,}7$ л)."""),

        a.task(8, 2, "C",
               kk=r"""Зертханадағы кроссоверді (сабақтардағы $Q(v) = 1{,}5 + 216/v + 0{,}0005\,v^2$) 200 км жердегі дилерге
$2{,}5$ сағаттан кешіктірмей жеткізу керек, ал жолға 15 л-ден артық отын жұмсамау керек. Зертханада жылдамдықты
таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына
көшіріңіз.""",
               ru=r"""Кроссовер из лаборатории (с уроков: $Q(v) = 1{,}5 + 216/v + 0{,}0005\,v^2$) нужно доставить дилеру за 200 км не
позже чем за $2{,}5$ часа, потратив на дорогу не больше 15 л топлива. Подберите в лаборатории скорость, нажмите
**Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает лаборатория.""",
               en=r"""The crossover of the lab (the lessons' $Q(v) = 1.5 + 216/v + 0.0005\,v^2$) must reach a dealer 200 km away
within $2.5$ hours, using at most 15 L of fuel for the drive. Choose the speed in the lab, press **Check the
design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""cruise.make_lab("delivery")"""),
        a.answer("design", "design = {'v': 81}", before="# design = {'v': ...}"),
        a.tests("design-test", 2, public=f"""assert isinstance(design, dict) and "v" in design, pick({_msg("design = {'v': ...} (зертхана көрсететін жол)", "design = {'v': ...} (строка, которую показывает лаборатория)", "design = {'v': ...} (the line the lab shows)")!r})
advise(check_design(design, cruise.DESIGN_SPEC, model=cruise.design_result))""",
                hidden="""require(check_design(design, cruise.DESIGN_SPEC, model=cruise.design_result))"""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "cruise.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
