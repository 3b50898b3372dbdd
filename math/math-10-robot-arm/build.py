"""Writes math-10-robot-arm's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python math/math-10-robot-arm/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_math_10_robot_arm.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the tasks or comes from the lab's model
(``curriculum.labs.robot_arm``); the module's test pins each one to the model.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import sympy as sp

from curriculum import authoring as a
from curriculum.check import fingerprint, rules
from curriculum.labs import robot_arm
from curriculum.metadata import load_module_meta
from curriculum.units import ureg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "math-10-robot-arm"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


# -- lesson 1: forward kinematics and the workspace ------------------------------------------------------

LESSON_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import robot_arm"""

FORWARD = (r"$$x = L_1\cos\theta_1 + L_2\cos(\theta_1 + \theta_2), \qquad "
           r"y = L_1\sin\theta_1 + L_2\sin(\theta_1 + \theta_2)$$")


def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Робот қолы, 1-сабақ. Құрал қайда тұр?

Зауыттың дәнекерлеу цехында роботтар кузов бөлшектерін мыңдаған дәнекерлеу нүктесімен біріктіреді. Робот
контроллері әр шарнирдің қанша бұрылғанын ғана біледі: бұрыштарды қозғалтқыштардың датчиктері өлшейді. Ал
дәнекерлеу нүктесі кузовтың сызбасында миллиметрмен берілген нүкте. Бүгін бірінші сұраққа жауап береміз: бұрыштар
белгілі, дәнекерлеу құралы қайда тұр? Қол қай нүктелерге мүлде жете алады?""",
            ru="""# Рука робота, урок 1. Где инструмент?

В сварочном цехе завода роботы соединяют детали кузова тысячами сварочных точек. Контроллер робота знает только,
на сколько повернулся каждый шарнир: углы измеряют датчики двигателей. А сварочная точка задана на чертеже кузова
как точка в миллиметрах. Сегодня ответим на первый вопрос: углы известны, где находится сварочный инструмент? И до
каких точек рука вообще может достать?""",
            en="""# Robot arm, lesson 1. Where is the tool?

In the plant's body shop, robots join the parts of a car body with thousands of weld spots. A robot's controller
knows only how far each joint has turned: the motors' sensors measure the angles. But a weld spot is given on the
body's drawing as a point, in millimetres. Today we answer the first question: the angles are known; where is the
welding tool? And which points can the arm reach at all?"""),
        a.text(
            kk="""## 1. Тура кинематика

Біздің модель — екі **буыннан** тұратын жазық қол. Иық **шарнирі** (joint) координаттар басында тұр. 1-буын
(ұзындығы $L_1$) $x$ осімен $\\theta_1$ бұрыш жасайды, сондықтан шынтақ шарнирі $(L_1\\cos\\theta_1;\\ L_1\\sin\\theta_1)$
нүктесінде. 2-буын (ұзындығы $L_2$) 1-буынның бағытынан тағы $\\theta_2$ бұрылады (сағат тіліне қарсы — оң), яғни
$x$ осімен $\\theta_1 + \\theta_2$ бұрыш жасайды. Құралдың орны — екі буынның векторларының қосындысы. Бұрыштар
бойынша құралдың орнын табу **тура кинематика** (forward kinematics) деп аталады.""",
            ru="""## 1. Прямая кинематика

Наша модель — плоская рука из двух **звеньев**. Плечевой **шарнир** (joint) стоит в начале координат. Звено 1
(длина $L_1$) образует с осью $x$ угол $\\theta_1$, поэтому локтевой шарнир находится в точке
$(L_1\\cos\\theta_1;\\ L_1\\sin\\theta_1)$. Звено 2 (длина $L_2$) поворачивается от направления звена 1 ещё на
$\\theta_2$ (против часовой стрелки — положительно), то есть образует с осью $x$ угол $\\theta_1 + \\theta_2$.
Положение инструмента — сумма векторов двух звеньев. Нахождение положения инструмента по углам называют
**прямой кинематикой** (forward kinematics).""",
            en="""## 1. Forward kinematics

Our model is a planar arm of two **links**. The shoulder **joint** stands at the origin. Link 1 (length $L_1$)
makes the angle $\\theta_1$ with the $x$-axis, so the elbow joint is at $(L_1\\cos\\theta_1,\\ L_1\\sin\\theta_1)$.
Link 2 (length $L_2$) turns by a further $\\theta_2$ from the direction of link 1 (counter-clockwise is positive),
so it makes the angle $\\theta_1 + \\theta_2$ with the $x$-axis. The tool's position is the sum of the two links'
vectors. Finding the tool's position from the angles is called **forward kinematics**."""),
        a.formula(FORWARD),
        a.text(
            kk="""Python-дағы `math.cos` пен sympy-дегі `sp.cos` бұрышты **радианмен** (radian) қабылдайды: $180° = \\pi$ рад.
Градусты радианға `math.radians(...)`, радианды градусқа `math.degrees(...)` айналдырады.""",
            ru="""`math.cos` в Python и `sp.cos` в sympy принимают угол в **радианах** (radian): $180° = \\pi$ рад. Градусы
в радианы переводит `math.radians(...)`, радианы в градусы — `math.degrees(...)`.""",
            en="""Python's `math.cos` and sympy's `sp.cos` take the angle in **radians**: $180° = \\pi$ rad. `math.radians(...)`
turns degrees into radians, `math.degrees(...)` radians into degrees."""),
        a.example(
            kk="""### 1-мысал

$L_1 = 800$ мм, $L_2 = 600$ мм, $\\theta_1 = 60°$, $\\theta_2 = -30°$. 2-буын $x$ осімен $60° + (-30°) = 30°$ бұрыш
жасайды, сондықтан $x = 800\\cos 60° + 600\\cos 30° \\approx 400 + 519{,}6 = 919{,}6$ мм және
$y = 800\\sin 60° + 600\\sin 30° \\approx 692{,}8 + 300 = 992{,}8$ мм. Келесі ұяшық дәл осыны `math` арқылы және
зертхананың моделімен есептейді.""",
            ru="""### Пример 1

$L_1 = 800$ мм, $L_2 = 600$ мм, $\\theta_1 = 60°$, $\\theta_2 = -30°$. Звено 2 образует с осью $x$ угол
$60° + (-30°) = 30°$, поэтому $x = 800\\cos 60° + 600\\cos 30° \\approx 400 + 519{,}6 = 919{,}6$ мм и
$y = 800\\sin 60° + 600\\sin 30° \\approx 692{,}8 + 300 = 992{,}8$ мм. Следующая ячейка считает то же через `math`
и моделью лаборатории.""",
            en="""### Example 1

$L_1 = 800$ mm, $L_2 = 600$ mm, $\\theta_1 = 60°$, $\\theta_2 = -30°$. Link 2 makes the angle $60° + (-30°) = 30°$
with the $x$-axis, so $x = 800\\cos 60° + 600\\cos 30° \\approx 400 + 519.6 = 919.6$ mm and
$y = 800\\sin 60° + 600\\sin 30° \\approx 692.8 + 300 = 992.8$ mm. The next cell computes the same with `math` and
with the lab's model."""),
        a.code("""L1_mm, L2_mm = 800, 600
# [kk] алдымен градусты радианға айналдырамыз
# [ru] сначала градусы в радианы
# [en] degrees into radians first
a1, a2 = math.radians(60), math.radians(-30)
x_tool = (L1_mm * math.cos(a1) + L2_mm * math.cos(a1 + a2)) * ureg.mm
y_tool = (L1_mm * math.sin(a1) + L2_mm * math.sin(a1 + a2)) * ureg.mm
print(f"x = {x_tool:.1f~P}, y = {y_tool:.1f~P}")
# [kk] зертхананың моделі де дәл осыны береді:
# [ru] модель лаборатории даёт то же:
# [en] the lab's model gives the same:
print(robot_arm.forward(60, -30, L1_mm, L2_mm))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана $\\theta_1 = 20°$ және $\\theta_2 = 90°$ мәндерінен басталады: шынтақта буындар тік бұрыш жасайды.
Ұяшықты іске қоспас бұрын жауап беріңіз: құрал негізден қаншалықты алыс тұр? (Пифагор теоремасын еске түсіріңіз.)
Содан кейін $\\theta_2 = 90°$ қалдырып, тек $\\theta_1$-ді бұрсаңыз, құрал қандай сызық бойымен қозғалады?
Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория начинается с $\\theta_1 = 20°$ и $\\theta_2 = 90°$: звенья образуют в локте прямой угол. Прежде чем
запустить ячейку, ответьте: как далеко инструмент от основания? (Вспомните теорему Пифагора.) А если оставить
$\\theta_2 = 90°$ и поворачивать только $\\theta_1$, по какой линии будет двигаться инструмент? Запишите
предсказание в тетрадь.""",
            en="""### Predict first

The lab starts with $\\theta_1 = 20°$ and $\\theta_2 = 90°$: the links make a right angle at the elbow. Before you
run the cell, answer: how far from the base is the tool? (Think of Pythagoras.) And if you keep $\\theta_2 = 90°$
and turn only $\\theta_1$, along which line does the tool move? Write your predictions down."""),
        a.lab("""lab = robot_arm.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. Болжамыңыз расталды ма? Зертхана көрсеткен құрал орнынан $r = \\sqrt{x^2 + y^2}$ есептеңіз.
2. $\\theta_2 = 90°$ қалдырып, $\\theta_1$-ді $-180°$-тан $180°$-қа дейін жылжытыңыз: құрал шеңбер сызады. Неге?
3. $\\theta_2 = 0°$ (қол созылған), сосын $\\theta_2 = 180°$ (қол бүгілген) қойыңыз. Құрал негізден енді қаншалықты
   алыс? Бұл — ең үлкен және ең кіші қашықтықтар: көк сақина — қолдың жұмыс аймағы.
4. $L_1 = L_2$ етіп қойыңыз. Ішкі шеңбер қайда кетті?""",
            ru="""### Исследуйте

1. Подтвердилось ли предсказание? Вычислите $r = \\sqrt{x^2 + y^2}$ по положению инструмента, которое показывает
   лаборатория.
2. Оставьте $\\theta_2 = 90°$ и двигайте $\\theta_1$ от $-180°$ до $180°$: инструмент рисует окружность. Почему?
3. Поставьте $\\theta_2 = 0°$ (рука вытянута), затем $\\theta_2 = 180°$ (рука сложена). Как далеко теперь
   инструмент от основания? Это наибольшее и наименьшее расстояния: голубое кольцо — рабочая зона руки.
4. Поставьте $L_1 = L_2$. Куда делась внутренняя окружность?""",
            en="""### Explore

1. Was your prediction right? Compute $r = \\sqrt{x^2 + y^2}$ from the tool position the lab shows.
2. Keep $\\theta_2 = 90°$ and move $\\theta_1$ from $-180°$ to $180°$: the tool draws a circle. Why?
3. Set $\\theta_2 = 0°$ (the arm stretched), then $\\theta_2 = 180°$ (the arm folded). How far from the base is
   the tool now? These are the largest and the smallest distances: the blue ring is the arm's workspace.
4. Set $L_1 = L_2$. Where did the inner circle go?"""),
        a.text(
            kk="""## 2. Жұмыс аймағы: сақина

Негіз, шынтақ және құрал қабырғалары $L_1$, $L_2$ және $r = \\sqrt{x^2 + y^2}$ болатын үшбұрыш құрайды. Үшбұрыш
теңсіздігі бойынша $|L_1 - L_2| \\le r \\le L_1 + L_2$: қол радиустары $|L_1 - L_2|$ және $L_1 + L_2$ болатын екі
шеңбердің арасындағы **сақинаның** (annulus) нүктелеріне ғана жетеді, шекарасы да кіреді (қол созылған немесе
бүгілген). Бұл сақина — қолдың **жұмыс аймағы** (workspace). $L_1 = 800$ мм, $L_2 = 600$ мм үшін
$200 \\le r \\le 1400$ мм. Шағын доғалық дәнекерлеу роботы шамамен 1,44 м-ге жетеді; біздің қол — осындай роботтың
жазық жеңілдетілген моделі.""",
            ru="""## 2. Рабочая зона: кольцо

Основание, локоть и инструмент образуют треугольник со сторонами $L_1$, $L_2$ и $r = \\sqrt{x^2 + y^2}$. По
неравенству треугольника $|L_1 - L_2| \\le r \\le L_1 + L_2$: рука достаёт только до точек **кольца** (annulus)
между окружностями радиусов $|L_1 - L_2|$ и $L_1 + L_2$, включая границу (рука вытянута или сложена). Это кольцо —
**рабочая зона** (workspace) руки. Для $L_1 = 800$ мм, $L_2 = 600$ мм: $200 \\le r \\le 1400$ мм. Компактный робот
дуговой сварки достаёт примерно на 1,44 м; наша рука — плоская упрощённая модель такого робота.""",
            en="""## 2. The workspace: an annulus

The base, the elbow and the tool form a triangle with sides $L_1$, $L_2$ and $r = \\sqrt{x^2 + y^2}$. By the
triangle inequality $|L_1 - L_2| \\le r \\le L_1 + L_2$: the arm reaches only the points of the **annulus** (a
ring) between the circles of radii $|L_1 - L_2|$ and $L_1 + L_2$, its boundary included (the arm stretched or
folded). This annulus is the arm's **workspace**. For $L_1 = 800$ mm and $L_2 = 600$ mm: $200 \\le r \\le 1400$ mm.
A compact arc-welding robot reaches about 1.44 m; our arm is a planar simplification of such a robot."""),
        a.formula(r"$$|L_1 - L_2| \le \sqrt{x^2 + y^2} \le L_1 + L_2$$"),
        a.misconception(
            kk="""### Дұрыс па?

Дана $\\cos 60° = 0{,}5$ мәнін алғысы келіп, `math.cos(60)` деп жазды. Нәтиже $-0{,}952$ шықты, ал Дана «Python-дағы
калькулятор бұзылған» деп шешті. Не болды? Төмендегі ұяшықты іске қосыңыз.""",
            ru="""### Верно ли?

Дана хочет получить $\\cos 60° = 0{,}5$ и пишет `math.cos(60)`. Получается $-0{,}952$, и Дана решает, что
«калькулятор в Python сломан». Что произошло? Запустите ячейку ниже.""",
            en="""### Is it true?

Dana wants $\\cos 60° = 0.5$ and types `math.cos(60)`. She gets $-0.952$ and decides that "the calculator in Python
is broken". What happened? Run the cell below."""),
        a.code("""print(math.cos(60))
print(math.cos(math.radians(60)))
# [kk] 60 радиан — шамамен 3438°: бұл да бұрыш, бірақ басқа бұрыш
# [ru] 60 радиан — это около 3438°: тоже угол, только другой
# [en] 60 radians is about 3438°: an angle too, but another one
print(round(math.degrees(60)))""", role="misconception"),
        a.summary(
            kk="""## Қорытынды

* Жазық қолдың екі **буыны** екі **шарнирде** бұрылады: иық $\\theta_1$-ге, шынтақ 1-буынның бағытынан $\\theta_2$-ге.
* **Тура кинематика**: $x = L_1\\cos\\theta_1 + L_2\\cos(\\theta_1 + \\theta_2)$,
  $y = L_1\\sin\\theta_1 + L_2\\sin(\\theta_1 + \\theta_2)$.
* `math.cos` пен `sp.cos` бұрышты **радиан** өлшемімен қабылдайды: $180° = \\pi$ рад; бір радиан шамамен
  $57{,}3°$.
* Қолдың **жұмыс аймағы** — **сақина** $|L_1 - L_2| \\le r \\le L_1 + L_2$.""",
            ru="""## Итоги

* Плоская рука: каждое **звено** поворачивается в своём **шарнире**: плечо на $\\theta_1$, локоть на $\\theta_2$ от
  направления звена 1.
* **Прямая кинематика**: $x = L_1\\cos\\theta_1 + L_2\\cos(\\theta_1 + \\theta_2)$,
  $y = L_1\\sin\\theta_1 + L_2\\sin(\\theta_1 + \\theta_2)$.
* `math.cos` и `sp.cos` принимают угол в **радиан**ах: $180° = \\pi$ рад; один радиан — около $57{,}3°$.
* **Рабочая зона** руки — **кольцо** $|L_1 - L_2| \\le r \\le L_1 + L_2$.""",
            en="""## Summary

* A planar arm's two **links** turn in two **joints**: the shoulder by $\\theta_1$, the elbow by $\\theta_2$ from
  the direction of link 1.
* **Forward kinematics**: $x = L_1\\cos\\theta_1 + L_2\\cos(\\theta_1 + \\theta_2)$,
  $y = L_1\\sin\\theta_1 + L_2\\sin(\\theta_1 + \\theta_2)$.
* `math.cos` and `sp.cos` take the angle in **radians**: $180° = \\pi$ rad; one radian is about $57.3°$.
* The arm's **workspace** is the **annulus** $|L_1 - L_2| \\le r \\le L_1 + L_2$."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Құралдың орнын табу үшін мен ... қосамын, ал `math.cos` бұрышты ... қабылдайтынын есте
   сақтауым керек».
2. Робот негізінің жанындағы қай нүктелерге қол жете алмайды және неге?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Чтобы найти положение инструмента, я складываю ..., и мне нужно помнить, что
   `math.cos` принимает угол в ...».
2. До каких точек возле основания робота рука не достаёт и почему?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "To find where the tool is, I add ..., and I must remember that `math.cos` takes the
   angle in ..."
2. Which points near the robot's base can the arm not reach, and why?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: inverse kinematics, the law of cosines and two solutions ---------------------------------

LAW_OF_COSINES = (r"$$\cos\theta_2 = \frac{x^2 + y^2 - L_1^2 - L_2^2}{2L_1L_2}, \qquad "
                  r"\cos\alpha = \frac{L_1^2 + r^2 - L_2^2}{2L_1 r}$$")


LESSON_2_PLAN = [
    a.stage("Кіріспе: зауыттағы мәселе", "Вступление: задача завода", "The hook: the plant's problem", 2),
    a.stage("Косинустар теоремасы және екі шешім (3-бөлім)", "Теорема косинусов и два решения (раздел 3)",
           "The law of cosines and the two solutions (section 3)", 7),
    a.stage("2-мысал: қолмен есептеу және оның ұяшығы", "Пример 2: расчёт вручную и его ячейка",
           "Example 2: by hand, then its cell", 7),
    a.stage("Алдымен болжаңыз", "Сначала предскажите", "Predict first", 2),
    a.stage("Зертхана: зерттеу (үш сұрақ)", "Лаборатория: исследование (три вопроса)", "The lab: explore (three questions)", 8),
    a.stage("Дұрыс па? (Болат)", "Верно ли? (Болат)", "Is it true? (Bolat)", 4),
    a.stage("Жоба алдындағы бағалау: екі бұрышты формулалармен есептеу", "Оценка перед проектом: оба угла по формулам",
           "Estimate before the design: both angles by the formulas", 5),
    a.stage("Қорытынды", "Итоги", "Summary", 2),
    a.stage("Рефлексия", "Рефлексия", "Reflection", 3),
]
"""What a grade-10 class needs for lesson 2 in class, minute by minute. Before the timing pass the design in the lab
(about 8 minutes) and the sympy check (about 3) were in the lesson too: some 51 minutes."""
LESSON_2_HOME = [a.stage("Жоба зертханада: бұрыштарды қою, шынтақ төмен шешімін салыстыру",
                        "Проект в лаборатории: выставить углы, сравнить с решением «локоть вниз»",
                        "The design in the lab: set the angles, compare the elbow-down solution", 8)]
LESSON_2_NOTE = {
    "kk": "sympy-мен тексеру — қосымша бөлім, уақыты қалған оқушыларға. Жобаны оқушылар үйде аяқтайды: бұрыштарды олар "
          "сабақта есептеді, зертханада тек оларды қойып, тексереді.",
    "ru": "Проверка в sympy — дополнительный раздел для тех, у кого осталось время. Проект ученики заканчивают дома: углы "
          "они уже вычислили на уроке, в лаборатории остаётся их выставить и проверить.",
    "en": "The sympy check is an extra part for those with time to spare. Pupils finish the design at home: they computed "
          "the angles in class, and in the lab they only set and check them.",
}


def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Робот қолы, 2-сабақ. Қандай бұрыштар құралды нүктеге әкеледі?

Кузовтың сызбасы әр дәнекерлеу нүктесін нүкте ретінде береді, мысалы, робот негізінен $(1200; 300)$ мм. Енді сұрақ
керісінше: нүкте белгілі, шарнирлер қандай бұрышқа бұрылуы керек? Бұл — **кері кинематика**, робот контроллері оны
әр нүкте үшін шешеді. Біз оны косинустар теоремасымен шешеміз және жауаптың екеу екенін көреміз.""",
            ru="""# Рука робота, урок 2. Какие углы приводят инструмент в точку?

Чертёж кузова задаёт каждую сварочную точку как точку, например $(1200; 300)$ мм от основания робота. Теперь
вопрос обратный: точка известна, на какие углы должны повернуться шарниры? Это **обратная кинематика**,
контроллер робота решает её для каждой точки. Мы решим её теоремой косинусов и увидим, что ответов два.""",
            en="""# Robot arm, lesson 2. Which angles bring the tool to the spot?

The body's drawing gives each weld spot as a point, for example $(1200, 300)$ mm from the robot's base. Now the
question is the other way round: the spot is known; by which angles must the joints turn? This is **inverse
kinematics**, and the robot's controller solves it for every spot. We solve it with the law of cosines and find
that there are two answers."""),
        a.time_plan(LESSON_2_PLAN, home=LESSON_2_HOME, note=LESSON_2_NOTE),
        a.text(
            kk="""## 3. Қолдың үшбұрышындағы косинустар теоремасы

Негіз, шынтақ және құрал қабырғалары $L_1$, $L_2$ және $r = \\sqrt{x^2 + y^2}$ болатын үшбұрыш құрайды: енді үшеуі
де белгілі. Оның шынтақтағы бұрышы $\\gamma = 180° - |\\theta_2|$ (2-буын 1-буынның жалғасынан $\\theta_2$-ге бір
жаққа немесе екінші жаққа бұрылады), сондықтан $\\cos\\gamma = -\\cos\\theta_2$. **Косинустар теоремасы** (law of
cosines) $r^2 = L_1^2 + L_2^2 - 2L_1L_2\\cos\\gamma$ осыдан $\\cos\\theta_2$-ні береді, ал негіздегі $\\alpha$ бұрышы
үшін дәл сол теорема $\\cos\\alpha$-ны береді:""",
            ru="""## 3. Теорема косинусов в треугольнике руки

Основание, локоть и инструмент образуют треугольник со сторонами $L_1$, $L_2$ и $r = \\sqrt{x^2 + y^2}$: теперь
известны все три. Его угол при локте $\\gamma = 180° - |\\theta_2|$ (звено 2 поворачивается от продолжения звена 1
на $\\theta_2$ в одну или в другую сторону), поэтому $\\cos\\gamma = -\\cos\\theta_2$. **Теорема косинусов** (law of
cosines) $r^2 = L_1^2 + L_2^2 - 2L_1L_2\\cos\\gamma$ даёт отсюда $\\cos\\theta_2$, а та же теорема для угла $\\alpha$
при основании даёт $\\cos\\alpha$:""",
            en="""## 3. The law of cosines in the arm's triangle

The base, the elbow and the tool form a triangle with sides $L_1$, $L_2$ and $r = \\sqrt{x^2 + y^2}$: now all three
are known. Its angle at the elbow is $\\gamma = 180° - |\\theta_2|$ (link 2 turns by $\\theta_2$ away from the
extension of link 1, to one side or the other), so $\\cos\\gamma = -\\cos\\theta_2$. The **law of cosines**
$r^2 = L_1^2 + L_2^2 - 2L_1L_2\\cos\\gamma$ then gives $\\cos\\theta_2$, and the same law for the angle $\\alpha$ at
the base gives $\\cos\\alpha$:"""),
        a.formula(LAW_OF_COSINES),
        a.text(
            kk="""Косинусы $c = \\cos\\theta_2$ болатын екі бұрыш бар, $\\theta_2$ және $-\\theta_2$, сондықтан **екі шешім** бар:
негіз — құрал түзуіне қатысты айналық симметриялы екі үшбұрыш. Негізден нүктеге бағытты $\\varphi$ =
`math.atan2(y, x)` деп белгілейік:

* **шынтақ жоғары** (elbow up): $\\theta_2 = -\\arccos c \\le 0$ және $\\theta_1 = \\varphi + \\alpha$; 2-буын сағат
  тілінің бағытымен бұрылады, ал робот алдындағы нүкте үшін ($x > 0$) шынтақ негіз — құрал түзуінен жоғары тұрады;
* **шынтақ төмен**: $\\theta_2 = +\\arccos c \\ge 0$ және $\\theta_1 = \\varphi - \\alpha$; бұл оның айналық
  кескіні, шынтақ сол түзуден төмен тұрады.

`math.acos` пен `math.atan2` радиан қайтарады: `math.degrees` оларды градусқа айналдырады.""",
            ru="""Косинус $c = \\cos\\theta_2$ имеют два угла, $\\theta_2$ и $-\\theta_2$, поэтому решений **два**: два
треугольника, зеркально симметричных относительно прямой основание — инструмент. Обозначим направление от
основания на точку $\\varphi$ = `math.atan2(y, x)`:

* **локоть вверх** (elbow up): $\\theta_2 = -\\arccos c \\le 0$ и $\\theta_1 = \\varphi + \\alpha$; звено 2
  поворачивается по часовой стрелке, и для точки перед роботом ($x > 0$) локоть находится выше прямой
  основание — инструмент;
* **локоть вниз**: $\\theta_2 = +\\arccos c \\ge 0$ и $\\theta_1 = \\varphi - \\alpha$; это зеркальное отражение,
  локоть находится ниже этой прямой.

`math.acos` и `math.atan2` возвращают радианы: `math.degrees` переводит их в градусы.""",
            en="""Two angles have the cosine $c = \\cos\\theta_2$, namely $\\theta_2$ and $-\\theta_2$, so there are **two
solutions**: two triangles that are mirror images in the line from the base to the tool. Let $\\varphi$ =
`math.atan2(y, x)` be the direction from the base to the spot:

* **elbow up**: $\\theta_2 = -\\arccos c \\le 0$ and $\\theta_1 = \\varphi + \\alpha$; link 2 bends clockwise, and
  for a spot in front of the robot ($x > 0$) the elbow is above the line from the base to the tool;
* **elbow down**: $\\theta_2 = +\\arccos c \\ge 0$ and $\\theta_1 = \\varphi - \\alpha$; this is the mirror
  image, with the elbow below that line.

`math.acos` and `math.atan2` return radians: `math.degrees` turns them into degrees."""),
        a.example(
            kk="""### 2-мысал

Құралды $(1200; 300)$ мм нүктесіне қандай бұрыштар әкеледі? $r = \\sqrt{1200^2 + 300^2} \\approx 1236{,}9$ мм,
200 мен 1400 мм аралығында: нүктеге жетуге болады.
$\\cos\\theta_2 = (1200^2 + 300^2 - 800^2 - 600^2)/(2 \\cdot 800 \\cdot 600) \\approx 0{,}552$, демек
$\\arccos c \\approx 56{,}5°$; $\\varphi \\approx 14{,}0°$, $\\alpha \\approx 23{,}9°$. Шынтақ жоғары:
$\\theta_1 \\approx 37{,}9°$, $\\theta_2 \\approx -56{,}5°$; шынтақ төмен: $\\theta_1 \\approx -9{,}8°$,
$\\theta_2 \\approx 56{,}5°$. Келесі ұяшық екеуін де есептеп, тура кинематикамен тексереді.""",
            ru="""### Пример 2

Какие углы приводят инструмент в точку $(1200; 300)$ мм? $r = \\sqrt{1200^2 + 300^2} \\approx 1236{,}9$ мм, между
200 и 1400 мм: точка достижима. $\\cos\\theta_2 = (1200^2 + 300^2 - 800^2 - 600^2)/(2 \\cdot 800 \\cdot 600)
\\approx 0{,}552$, значит $\\arccos c \\approx 56{,}5°$; $\\varphi \\approx 14{,}0°$, $\\alpha \\approx 23{,}9°$.
Локоть вверх: $\\theta_1 \\approx 37{,}9°$, $\\theta_2 \\approx -56{,}5°$; локоть вниз: $\\theta_1 \\approx -9{,}8°$,
$\\theta_2 \\approx 56{,}5°$. Следующая ячейка вычисляет оба решения и проверяет их прямой кинематикой.""",
            en="""### Example 2

Which angles bring the tool to $(1200, 300)$ mm? $r = \\sqrt{1200^2 + 300^2} \\approx 1236.9$ mm, between 200 and
1400 mm: the spot is reachable. $\\cos\\theta_2 = (1200^2 + 300^2 - 800^2 - 600^2)/(2 \\cdot 800 \\cdot 600)
\\approx 0.552$, so $\\arccos c \\approx 56.5°$; $\\varphi \\approx 14.0°$ and $\\alpha \\approx 23.9°$. Elbow up:
$\\theta_1 \\approx 37.9°$, $\\theta_2 \\approx -56.5°$; elbow down: $\\theta_1 \\approx -9.8°$,
$\\theta_2 \\approx 56.5°$. The next cell computes both and checks them with forward kinematics."""),
        a.code("""L1_mm, L2_mm = 800, 600
xs, ys = 1200, 300
r = math.hypot(xs, ys)
c = (xs**2 + ys**2 - L1_mm**2 - L2_mm**2) / (2 * L1_mm * L2_mm)
alpha = math.acos((L1_mm**2 + r**2 - L2_mm**2) / (2 * L1_mm * r))
phi = math.atan2(ys, xs)
print(f"r = {r:.1f}, cos(theta2) = {c:.3f}, phi = {math.degrees(phi):.1f}, alpha = {math.degrees(alpha):.1f}")
names = {"up": pick({"kk": "шынтақ жоғары", "ru": "локоть вверх", "en": "elbow up"}),
         "down": pick({"kk": "шынтақ төмен", "ru": "локоть вниз", "en": "elbow down"})}
for elbow, t1, t2 in (("up", phi + alpha, -math.acos(c)), ("down", phi - alpha, math.acos(c))):
    theta1, theta2 = math.degrees(t1), math.degrees(t2)
    tool = robot_arm.forward(theta1, theta2, L1_mm, L2_mm)
    print(f"{names[elbow]}: theta1 = {theta1:.1f}°, theta2 = {theta2:.1f}° -> ({tool[0]:.1f}, {tool[1]:.1f})")""",
               role="example"),
        a.text(
            kk="""### Қосымша: sympy-мен тексеру

Бұл бөлім — уақыты қалған оқушыларға. sympy тура кинематиканың формулаларынан $x^2 + y^2$ өрнегін ықшамдап, косинустар теоремасын өзі «табады»:
$r^2 = L_1^2 + L_2^2 + 2L_1L_2\\cos\\theta_2$.""",
            ru="""### Дополнительно: проверка в sympy

Этот раздел — для тех, у кого осталось время. sympy упрощает $x^2 + y^2$ из формул прямой кинематики и сам «находит» теорему косинусов:
$r^2 = L_1^2 + L_2^2 + 2L_1L_2\\cos\\theta_2$.""",
            en="""### Extra: checking with sympy

This part is for those with time to spare. sympy simplifies $x^2 + y^2$ from the forward-kinematics formulas and "finds" the law of cosines by itself:
$r^2 = L_1^2 + L_2^2 + 2L_1L_2\\cos\\theta_2$."""),
        a.code("""L1, L2 = sp.symbols("L1 L2", positive=True)
t1, t2 = sp.symbols("theta1 theta2", real=True)
x_expr = L1 * sp.cos(t1) + L2 * sp.cos(t1 + t2)
y_expr = L1 * sp.sin(t1) + L2 * sp.sin(t1 + t2)
sp.Eq(sp.Symbol("r")**2, sp.simplify(sp.expand_trig(x_expr**2 + y_expr**2)))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана екі шешімді де үзік сызықпен салады. Ештеңе қозғамас бұрын жауап беріңіз: дәнекерлеу нүктесі сыртқы
шеңберге ($r = 1400$ мм) жеткенде екі шешімге не болады? Шеңберден шыққанда ше? Болжамыңызды жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория рисует оба решения пунктиром. Прежде чем что-то двигать, ответьте: что станет с двумя решениями, когда
сварочная точка дойдёт до внешней окружности ($r = 1400$ мм)? А за ней? Запишите предсказание.""",
            en="""### Predict first

The lab draws both solutions as dashed lines. Before you move anything, answer: what happens to the two solutions
when the weld spot reaches the outer circle ($r = 1400$ mm)? And beyond it? Write your prediction down."""),
        a.lab("""lab = robot_arm.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. Дәнекерлеу нүктесін $y = 0$ түзуінің бойымен сыртқы шеңберге қарай жылжытыңыз. Болжамыңыз расталды ма?
2. Нүктені ішкі шеңбердің ішіне апарыңыз. Зертхана не дейді?
3. 2-мысалдағы $(1200; 300)$ мм нүктесін қойып, бұрыштарды үзік сызықтардың біреуіне келтіріңіз: құрал нүктеден
   қаншалықты алыс?""",
            ru="""### Исследуйте

1. Двигайте сварочную точку вдоль прямой $y = 0$ к внешней окружности. Подтвердилось ли предсказание?
2. Переведите точку внутрь внутренней окружности. Что говорит лаборатория?
3. Поставьте точку $(1200; 300)$ мм из примера 2 и выставьте углы по одной из пунктирных линий: как далеко
   инструмент от точки?""",
            en="""### Explore

1. Move the weld spot along the line $y = 0$ out to the outer circle. Was your prediction right?
2. Move the spot inside the inner circle. What does the lab say?
3. Put the spot at $(1200, 300)$ mm from example 2 and set the angles to one of the dashed lines: how far is the
   tool from the spot?"""),
        a.misconception(
            kk="""### Дұрыс па?

Болат былай дейді: «`math.acos` бір ғана бұрыш береді, демек қол нүктеге бір ғана жолмен жетеді; екінші шешім —
қате». Келісесіз бе? Төмендегі ұяшық 2-мысалдың екі шешімімен құралды $(1200; 300)$ мм нүктесіне қояды.""",
            ru="""### Верно ли?

Болат говорит: «`math.acos` даёт один угол, значит рука достаёт до точки только одним способом; второе решение —
ошибка». Согласны? Ячейка ниже ставит инструмент в точку $(1200; 300)$ мм обоими решениями примера 2.""",
            en="""### Is it true?

Bolat says: "`math.acos` gives one angle, so the arm reaches a point in one way only; the second solution is a
mistake." Do you agree? The cell below puts the tool at $(1200, 300)$ mm with both solutions of example 2."""),
        a.code("""for elbow in ("up", "down"):
    theta1, theta2 = robot_arm.ik(1200, 300, 800, 600, elbow)
    tool = robot_arm.forward(theta1, theta2, 800, 600)
    print(names[elbow], f"({theta1:.1f}°, {theta2:.1f}°) -> ({tool[0]:.1f}, {tool[1]:.1f})")""",
               role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Жобалау тапсырмасында дәнекерлеу нүктесі $(900; 700)$ мм, ол қолдың астында жатқан кузов бөлшегінің жиегінде.
Құрал нүктеге 2 мм-ден жақын келуі керек, шынтақ жоғары болсын, әйтпесе қол бөлшекке соғылады. Жүгірткілерді
қозғамас бұрын бағалаңыз: нүкте жұмыс аймағында ма? $\\theta_1$ нүктеге бағыт $\\varphi$-ден үлкен бе, кіші ме?
Екі бұрышты 3-бөлімнің формулаларымен сабақта есептеңіз, ал зертханада оларды үйде қойыңыз.""",
            ru="""### Сначала оцените

В проектном задании сварочная точка $(900; 700)$ мм лежит на краю детали кузова под рукой. Инструмент должен
подойти к точке ближе чем на 2 мм с локтем вверх, иначе рука заденет деталь. Прежде чем двигать ползунки,
оцените: лежит ли точка в рабочей зоне? Больше или меньше $\\theta_1$, чем направление на точку $\\varphi$? Сначала
вычислите оба угла по формулам раздела 3 на уроке, а выставьте их в лаборатории дома.""",
            en="""### Estimate first

In the design task the weld spot $(900, 700)$ mm lies on the edge of a car body part below the arm. The tool must
come within 2 mm of the spot with the elbow up, or the arm hits the part. Before you move the sliders, estimate:
is the spot in the workspace? Is $\\theta_1$ larger or smaller than the direction $\\varphi$ to the spot? Compute
both angles with the formulas of section 3 in class, and set them in the lab at home."""),
        a.design_lab("""design_lab = robot_arm.make_lab("weld-2mm")
design_lab"""),
        a.text(
            kk="""Үйде: барлық талап орындалғанша жүгірткілерді жылжытып, **Жобаны тексеру** батырмасын басыңыз. Содан кейін шынтақ
төмен шешімнің бұрыштарын қойып көріңіз: қай талап орындалмайды және шынтақ кузов бөлшегіне қатысты қайда тұр?""",
            ru="""Дома: двигайте ползунки, пока не выполнятся все требования, и нажмите **Проверить проект**. Затем поставьте углы
решения «локоть вниз»: какое требование не выполнено и где теперь локоть относительно детали кузова?""",
            en="""At home: move the sliders until every requirement holds and press **Check the design**. Then set the elbow-down
angles: which requirement fails, and where is the elbow now compared with the body part?"""),
        a.summary(
            kk="""## Қорытынды

* **Кері кинематика** құралдың орны бойынша бұрыштарды табады.
* Негіз — шынтақ — құрал үшбұрышындағы **косинустар теоремасы**:
  $\\cos\\theta_2 = (x^2 + y^2 - L_1^2 - L_2^2)/(2L_1L_2)$.
* Екі шешім: **шынтақ жоғары** ($\\theta_2 \\le 0$, $\\theta_1 = \\varphi + \\alpha$) және **шынтақ төмен**
  ($\\theta_2 \\ge 0$, $\\theta_1 = \\varphi - \\alpha$), негіз — құрал түзуіне қатысты айналық симметриялы.
* **Жұмыс аймағы** шекарасында екі шешім бірігеді ($\\theta_2 = 0$ немесе $180°$), одан тыс $|\\cos\\theta_2| > 1$
  және шешім жоқ.""",
            ru="""## Итоги

* **Обратная кинематика** находит углы по положению инструмента.
* **Теорема косинусов** в треугольнике основание — локоть — инструмент:
  $\\cos\\theta_2 = (x^2 + y^2 - L_1^2 - L_2^2)/(2L_1L_2)$.
* Два решения: **локоть вверх** ($\\theta_2 \\le 0$, $\\theta_1 = \\varphi + \\alpha$) и **локоть вниз**
  ($\\theta_2 \\ge 0$, $\\theta_1 = \\varphi - \\alpha$), зеркальные относительно прямой основание — инструмент.
* Рабочая зона — кольцо: на его границе два решения совпадают ($\\theta_2 = 0$ или $180°$), вне его
  $|\\cos\\theta_2| > 1$ и решений нет.""",
            en="""## Summary

* **Inverse kinematics** finds the angles from the tool's position.
* The **law of cosines** in the triangle base-elbow-tool:
  $\\cos\\theta_2 = (x^2 + y^2 - L_1^2 - L_2^2)/(2L_1L_2)$.
* Two solutions: **elbow up** ($\\theta_2 \\le 0$, $\\theta_1 = \\varphi + \\alpha$) and **elbow down**
  ($\\theta_2 \\ge 0$, $\\theta_1 = \\varphi - \\alpha$), mirror images in the line base-tool.
* On the boundary of the **workspace** the two merge ($\\theta_2 = 0$ or $180°$); outside it
  $|\\cos\\theta_2| > 1$ and there is no solution."""),
        a.reflection(
            kk="""## Рефлексия

1. Бір нүктеге неге екі шешім бар екенін сыныптасыңызға бір сөйлеммен қалай түсіндірер едіңіз?
2. Зауытта роботқа шынтақтың орнын таңдау неге маңызды?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Как бы вы одним предложением объяснили однокласснику, почему у одной точки два решения?
2. Почему на заводе роботу важно выбрать положение локтя?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. How would you explain to a classmate in one sentence why one spot has two solutions?
2. Why does it matter on the plant which elbow position the robot chooses?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, rules, self_check
from curriculum.i18n import pick
from curriculum.labs import robot_arm

# [kk] символдар: буындардың ұзындықтары, шарнирлердің бұрыштары (радианмен, sympy-дің cos пен sin-і солай қабылдайды), нысана координаталары
# [ru] символы: длины звеньев, углы шарниров (в радианах, как их принимают cos и sin в sympy), координаты цели
# [en] symbols: link lengths, joint angles (radians, as sympy's cos and sin take them), target coordinates
L1, L2 = sp.symbols("L1 L2", positive=True)
theta1, theta2 = sp.symbols("theta1 theta2", real=True)
x, y = sp.symbols("x y", real=True)"""

MSG_ABS = {"kk": "θ2 шынтақта 1-буынның бағытынан бастап өлшенеді: 2-буынның x осімен бұрышы θ1 + θ2.",
           "ru": "θ2 отсчитывается в локте от направления звена 1: угол звена 2 с осью x равен θ1 + θ2.",
           "en": "θ2 is measured at the elbow from the direction of link 1: link 2 makes the angle θ1 + θ2 with the x-axis."}
MSG_RAD = {"kk": "math.cos пен sp.cos бұрышты радианмен қабылдайды: алдымен градусты math.radians(...) арқылы радианға айналдырыңыз.",
           "ru": "math.cos и sp.cos принимают угол в радианах: сначала переведите градусы через math.radians(...).",
           "en": "math.cos and sp.cos take the angle in radians: convert the degrees first with math.radians(...)."}
MSG_GAMMA = {"kk": "Бұл буындар арасындағы γ бұрышының косинусы. γ = 180° − |θ2|, сондықтан cos θ2 = −cos γ.",
             "ru": "Это косинус угла γ между звеньями. γ = 180° − |θ2|, поэтому cos θ2 = −cos γ.",
             "en": "That is the cosine of the angle γ between the links. γ = 180° − |θ2|, so cos θ2 = −cos γ."}
MSG_RADIAN = {"kk": "Бұл сан радианмен берілген: math.degrees(...) арқылы градусқа айналдырыңыз.",
              "ru": "Это число в радианах: переведите его в градусы через math.degrees(...).",
              "en": "This number is in radians: convert it to degrees with math.degrees(...)."}
MSG_DOWN = {"kk": "Бұл — шынтақ төмен шешімі. Шынтақ жоғары болғанда θ1 = φ + α.",
            "ru": "Это решение «локоть вниз». Для решения «локоть вверх» θ1 = φ + α.",
            "en": "That is the elbow-down solution. With the elbow up, θ1 = φ + α."}

MSG_PHI = {"kk": "Бұл тек нүктеге бағыт φ. Шынтақ жоғары болғанда оған негіздегі α бұрышын қосыңыз: θ1 = φ + α.",
           "ru": "Это только направление на точку φ. При локте вверх прибавьте угол α при основании: θ1 = φ + α.",
           "en": "That is only the direction φ to the spot. With the elbow up, add the angle α at the base: θ1 = φ + α."}


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    L1, L2 = sp.symbols("L1 L2", positive=True)
    t1, t2 = sp.symbols("theta1 theta2", real=True)
    x, y = sp.symbols("x y", real=True)
    mm = ureg.mm
    x_right, y_right = robot_arm.forward(30, 45, 800, 600)
    x_rad, y_rad = robot_arm.forward_rad(30, 45, 800, 600)            # degrees fed to cos as radians
    x_abs = 800 * sp.cos(sp.pi / 6) + 600 * sp.cos(sp.pi / 4)         # theta2 taken from the x-axis
    y_abs = 800 * sp.sin(sp.pi / 6) + 600 * sp.sin(sp.pi / 4)
    degrees_in_trig = "degrees-in-radian-trig"
    theta1_up, theta1_down = robot_arm.ik(1000, 500, 800, 600)[0], robot_arm.ik(1000, 500, 800, 600, "down")[0]
    return {
        "x_expr": fingerprint(L1 * sp.cos(t1) + L2 * sp.cos(t1 + t2), mistakes=[rules.wrong_answer(
            L1 * sp.cos(t1) + L2 * sp.cos(t2), code="absolute-angle", message=MSG_ABS)], salt=salt("x_expr")),
        "x_tool": fingerprint(x_right * mm, rtol=0.002, mistakes=[
            rules.wrong_answer(x_rad * mm, code=degrees_in_trig, message=MSG_RAD),
            rules.wrong_answer(float(x_abs) * mm, code="absolute-angle", message=MSG_ABS)], salt=salt("x_tool")),
        "y_tool": fingerprint(y_right * mm, rtol=0.002, mistakes=[
            rules.wrong_answer(y_rad * mm, code=degrees_in_trig, message=MSG_RAD),
            rules.wrong_answer(float(y_abs) * mm, code="absolute-angle", message=MSG_ABS)], salt=salt("y_tool")),
        "theta1_up": fingerprint(theta1_up * ureg.degree, rtol=0.005, mistakes=[
            rules.wrong_answer(math.radians(theta1_up) * ureg.degree, code="radian-as-degree", message=MSG_RADIAN),
            rules.wrong_answer(theta1_down * ureg.degree, code="elbow-down", message=MSG_DOWN),
            rules.wrong_answer(math.degrees(math.atan2(500, 1000)) * ureg.degree, code="phi-only", message=MSG_PHI)],
            salt=salt("theta1_up")),
        "cos_t2": fingerprint((x**2 + y**2 - L1**2 - L2**2) / (2 * L1 * L2),
                              mistakes=[rules.sign_flipped(message=MSG_GAMMA)], salt=salt("cos_t2")),
    }


def _hidden_messages() -> str:
    return "\n".join(f"{name} = {value!r}" for name, value in (("MSG_ABS", MSG_ABS), ("MSG_RAD", MSG_RAD)))


def assignment(meta: object) -> object:
    token = _tokens()
    x_right, y_right = robot_arm.forward(30, 45, 800, 600)
    x_rad, y_rad = robot_arm.forward_rad(30, 45, 800, 600)
    x_abs, y_abs = robot_arm.forward(30, 45 - 30, 800, 600)          # theta2 taken from the x-axis
    up = robot_arm.ik(1000, 500, 800, 600)
    down = robot_arm.ik(1000, 500, 800, 600, "down")
    phi = math.degrees(math.atan2(500, 1000))                           # the direction alone, alpha forgotten
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Дәнекерлеу роботы: қолды нүктеге қалай жеткіземіз?

Зауыттың дәнекерлеу цехында роботтар кузов бөлшектерін дәнекерлейді. Біз робот қолының жазық моделін
қарастырамыз: **иық шарнирі** координаттар басында тұр, одан ұзындығы $L_1$ болатын **1-буын** шығады, **шынтақ
шарнирінде** ұзындығы $L_2$ болатын **2-буын** бекітілген, оның ұшында дәнекерлеу құралы тұр.

* $\\theta_1$ — 1-буынның $x$ осімен жасайтын бұрышы;
* $\\theta_2$ — 2-буынның 1-буынның бағытынан бұрылу бұрышы (сағат тіліне қарсы — оң).

**Тура кинематика**: бұрыштар белгілі, құрал $(x; y)$ қайда? **Кері кинематика**: дәнекерлеу нүктесі белгілі,
бұрыштарды қалай таңдаймыз? Ұзындықтар миллиметрмен (мм); бұл тапсырмада $L_1 = 800$ мм, $L_2 = 600$ мм.
Уақыты — 45 минут.""",
            ru="""# Сварочный робот: как привести руку в нужную точку?

В сварочном цехе завода роботы сваривают детали кузова. Рассмотрим плоскую модель руки робота: **плечевой шарнир**
стоит в начале координат, от него отходит **звено 1** длиной $L_1$, в **локтевом шарнире** закреплено **звено 2**
длиной $L_2$, на его конце — сварочный инструмент.

* $\\theta_1$ — угол звена 1 с осью $x$;
* $\\theta_2$ — угол поворота звена 2 относительно направления звена 1 (против часовой стрелки — положительный).

**Прямая кинематика**: углы известны, где инструмент $(x; y)$? **Обратная кинематика**: сварочная точка известна,
как выбрать углы? Длины — в миллиметрах (мм); в этом задании $L_1 = 800$ мм, $L_2 = 600$ мм. Время — 45 минут.""",
            en="""# Welding robot: how do we bring the arm to a point?

In the plant's body shop robots weld the parts of car bodies. We study a planar model of a robot arm: the
**shoulder joint** stands at the origin, **link 1** of length $L_1$ starts there, **link 2** of length $L_2$ is
fixed at the **elbow joint**, and the welding tool sits at its end.

* $\\theta_1$ is the angle of link 1 with the $x$-axis;
* $\\theta_2$ is the angle by which link 2 turns away from the direction of link 1 (counter-clockwise is positive).

**Forward kinematics**: the angles are known; where is the tool $(x, y)$? **Inverse kinematics**: the weld spot is
known; how do we choose the angles? Lengths are in millimetres (mm); in this assignment $L_1 = 800$ mm and
$L_2 = 600$ mm. Time: 45 minutes."""),
        a.formula(FORWARD),
        a.text(
            kk="""**Жауапты қалай жазу керек.** Бірінші ұяшықта `L1`, `L2`, `theta1`, `theta2`, `x`, `y` sympy символдары
анықталған: сандарды басқа атпен сақтаңыз (мысалы, `L1_mm = 800`), әйтпесе символдар өшіп қалады. Өлшем бірлігі бар
шаманы `ureg` арқылы жазыңыз: `100 * ureg.mm`, `30 * ureg.degree`. Python кодында бөлшек сандар нүктемен жазылады:
`0.5`. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""**Как записывать ответы.** В первой ячейке определены символы sympy `L1`, `L2`, `theta1`, `theta2`, `x`, `y`:
числа сохраняйте под другими именами (например, `L1_mm = 800`), иначе символы пропадут. Величину с единицей
измерения записывайте через `ureg`: `100 * ureg.mm`, `30 * ureg.degree`. В коде Python дробные числа пишутся через
точку: `0.5`. Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа.""",
            en="""**How to write answers.** The first cell defines the sympy symbols `L1`, `L2`, `theta1`, `theta2`, `x`, `y`:
store numbers under other names (for example `L1_mm = 800`), or the symbols are lost. Write a quantity with a unit
through `ureg`: `100 * ureg.mm`, `30 * ureg.degree`. Python code writes decimals with a point: `0.5`. Run the test
cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Тура кинематика және жұмыс аймағы", ru="## Часть А. Прямая кинематика и рабочая зона",
               en="## Part A. Forward kinematics and the workspace"),
        a.task(1, 1, "A",
               kk="""Шынтақтың орны: $(L_1\\cos\\theta_1;\\ L_1\\sin\\theta_1)$. 2-буын $x$ осімен $\\theta_1 + \\theta_2$
бұрышын жасайды. Құралдың $x$ координатасын `L1`, `L2`, `theta1`, `theta2` арқылы sympy өрнегі ретінде жазып,
`x_expr` айнымалысына сақтаңыз (`sp.cos`, `sp.sin` қолданыңыз; жауаптың түрі, мысалы, `L1 * sp.sin(theta2)`, бірақ
бұл жауап емес). Мәндес кез келген өрнек қабылданады.""",
               ru="""Локоть находится в точке $(L_1\\cos\\theta_1;\\ L_1\\sin\\theta_1)$. Звено 2 образует с осью $x$ угол
$\\theta_1 + \\theta_2$. Запишите координату $x$ инструмента через `L1`, `L2`, `theta1`, `theta2` как выражение
sympy и сохраните в `x_expr` (используйте `sp.cos`, `sp.sin`; форма ответа, например, `L1 * sp.sin(theta2)`, но это
не ответ). Принимается любое равносильное выражение.""",
               en="""The elbow is at $(L_1\\cos\\theta_1,\\ L_1\\sin\\theta_1)$. Link 2 makes the angle $\\theta_1 + \\theta_2$
with the $x$-axis. Write the tool's $x$ coordinate in terms of `L1`, `L2`, `theta1`, `theta2` as a sympy expression
and store it in `x_expr` (use `sp.cos`, `sp.sin`; the form of an answer is, for example, `L1 * sp.sin(theta2)`,
which is not the answer). Any equivalent expression is accepted."""),
        a.answer("fk-x", "x_expr = L1 * sp.cos(theta1) + L2 * sp.cos(theta1 + theta2)", hint={
            "kk": "x_expr = ...  (L1, L2, theta1, theta2 арқылы sympy өрнегі)",
            "ru": "x_expr = ...  (выражение sympy от L1, L2, theta1, theta2)",
            "en": "x_expr = ...  (a sympy expression in L1, L2, theta1, theta2)"}),
        a.tests("fk-x-test", 1, public=f"""assert isinstance(x_expr, sp.Expr), pick({{"kk": "x_expr — sympy өрнегі болуы керек.", "ru": "x_expr должно быть выражением sympy.", "en": "x_expr should be a sympy expression."}})
assert {{str(s) for s in x_expr.free_symbols}} <= {{"L1", "L2", "theta1", "theta2"}}, pick({{"kk": "x_expr өрнегінде тек L1, L2, theta1, theta2 әріптері болуы керек.", "ru": "В выражении x_expr могут быть только буквы L1, L2, theta1, theta2.", "en": "x_expr may use only the letters L1, L2, theta1, theta2."}})
advise(self_check(x_expr, "{token['x_expr']}"))""",
                hidden=f"""MSG_ABS = {MSG_ABS!r}
require(compare(x_expr, "L1*cos(theta1) + L2*cos(theta1 + theta2)", rules=[rules.wrong_answer("L1*cos(theta1) + L2*cos(theta2)", code="absolute-angle", message=MSG_ABS)]))"""),

        a.task(2, 2, "A",
               kk="""$L_1 = 800$ мм, $L_2 = 600$ мм, $\\theta_1 = 30°$, $\\theta_2 = 45°$. Құралдың координаталарын есептеп,
`x_tool` және `y_tool` айнымалыларына pint шамасы ретінде сақтаңыз, мысалы, `x_tool = ... * ureg.mm`. Ұзындықтың
басқа бірлігі де (`ureg.m`) қабылданады; 0,2 % дәлдікпен есептелген жауап қабылданады.

*Ескерту:* `math.cos` бұрышты радианмен қабылдайды: `math.cos(math.radians(30))`.""",
               ru="""$L_1 = 800$ мм, $L_2 = 600$ мм, $\\theta_1 = 30°$, $\\theta_2 = 45°$. Вычислите координаты инструмента и
сохраните их в `x_tool` и `y_tool` как величины pint, например `x_tool = ... * ureg.mm`. Другая единица длины
(`ureg.m`) тоже принимается; принимается ответ с точностью до 0,2 %.

*Внимание:* `math.cos` принимает угол в радианах: `math.cos(math.radians(30))`.""",
               en="""$L_1 = 800$ mm, $L_2 = 600$ mm, $\\theta_1 = 30°$, $\\theta_2 = 45°$. Compute the tool's coordinates and store
them in `x_tool` and `y_tool` as pint quantities, for example `x_tool = ... * ureg.mm`. Another unit of length
(`ureg.m`) is accepted too; an answer within 0.2 % is accepted.

*Note:* `math.cos` takes the angle in radians: `math.cos(math.radians(30))`."""),
        a.answer("tool-position", """a1, a2 = math.radians(30), math.radians(45)
x_tool = (800 * math.cos(a1) + 600 * math.cos(a1 + a2)) * ureg.mm
y_tool = (800 * math.sin(a1) + 600 * math.sin(a1 + a2)) * ureg.mm""", hint={
            "kk": "x_tool = ...; y_tool = ...  (ұзындық бірлігі бар pint шамалары)",
            "ru": "x_tool = ...; y_tool = ...  (величины pint с единицей длины)",
            "en": "x_tool = ...; y_tool = ...  (pint quantities with a unit of length)"}),
        a.tests("tool-position-test", 2, public=f"""require(compare(x_tool, "mm", mode="dimension"))
require(compare(y_tool, "mm", mode="dimension"))
advise(self_check(x_tool, "{token['x_tool']}"))
advise(self_check(y_tool, "{token['y_tool']}"))""",
                hidden=f"""{_hidden_messages()}
require(compare(x_tool, "{x_right:.2f} mm", mode="units", rtol=0.002, rules=[rules.wrong_answer("{x_rad:.2f} mm", code="degrees-in-radian-trig", message=MSG_RAD), rules.wrong_answer("{x_abs:.2f} mm", code="absolute-angle", message=MSG_ABS)]))
require(compare(y_tool, "{y_right:.2f} mm", mode="units", rtol=0.002, rules=[rules.wrong_answer("{y_rad:.2f} mm", code="degrees-in-radian-trig", message=MSG_RAD), rules.wrong_answer("{y_abs:.2f} mm", code="absolute-angle", message=MSG_ABS)]))"""),

        a.task(3, 1, "A",
               kk="""Құрал негізден $r$ қашықтықтағы нүктеге тек $|L_1 - L_2| \\le r \\le L_1 + L_2$ болғанда жетеді: бұл —
жұмыс аймағы, сақина. `reachable(x, y, L1, L2)` функциясын жазыңыз: нүктеге жетуге болса `True`, болмаса `False`
қайтарсын (шекарадағы нүктелерге жетуге болады). Мысалы, `reachable(1000, 500, 800, 600)` — `True`,
`reachable(1500, 0, 800, 600)` — `False` (тым алыс), `reachable(100, 50, 800, 600)` — `False` (тым жақын).""",
               ru="""Инструмент достаёт до точки на расстоянии $r$ от основания, только если $|L_1 - L_2| \\le r \\le L_1 + L_2$:
это рабочая зона, кольцо. Напишите функцию `reachable(x, y, L1, L2)`, которая возвращает `True`, если точка
достижима, и `False`, если нет (точки на границе достижимы). Например, `reachable(1000, 500, 800, 600)` — `True`,
`reachable(1500, 0, 800, 600)` — `False` (слишком далеко), `reachable(100, 50, 800, 600)` — `False` (слишком
близко).""",
               en="""The tool reaches a point at distance $r$ from the base only if $|L_1 - L_2| \\le r \\le L_1 + L_2$: this is
the workspace, an annulus. Write a function `reachable(x, y, L1, L2)` that returns `True` if the point can be
reached and `False` if not (points on the boundary can be reached). For example, `reachable(1000, 500, 800, 600)` is
`True`, `reachable(1500, 0, 800, 600)` is `False` (too far), `reachable(100, 50, 800, 600)` is `False` (too
close)."""),
        a.answer("reachable", """def reachable(x, y, L1, L2):
    r = math.hypot(x, y)
    return abs(L1 - L2) <= r <= L1 + L2""", hint={
            "kk": "def reachable(x, y, L1, L2): ...  True немесе False қайтарады",
            "ru": "def reachable(x, y, L1, L2): ...  возвращает True или False",
            "en": "def reachable(x, y, L1, L2): ...  returns True or False"}),
        a.tests("reachable-test", 1, public="""assert callable(reachable), pick({"kk": "reachable — функция болуы керек (def reachable(x, y, L1, L2): ...).", "ru": "reachable должна быть функцией (def reachable(x, y, L1, L2): ...).", "en": "reachable should be a function (def reachable(x, y, L1, L2): ...)."})
# [kk] тапсырма мәтініндегі мысалдар
# [ru] примеры из текста задания
# [en] the examples from the task text
assert reachable(1000, 500, 800, 600) == True, pick({"kk": "reachable(1000, 500, 800, 600): True керек", "ru": "reachable(1000, 500, 800, 600): должно быть True", "en": "reachable(1000, 500, 800, 600) should be True"})
assert reachable(1500, 0, 800, 600) == False, pick({"kk": "reachable(1500, 0, 800, 600): False керек (тым алыс)", "ru": "reachable(1500, 0, 800, 600): должно быть False (слишком далеко)", "en": "reachable(1500, 0, 800, 600) should be False (too far)"})
assert reachable(100, 50, 800, 600) == False, pick({"kk": "reachable(100, 50, 800, 600): False керек (тым жақын)", "ru": "reachable(100, 50, 800, 600): должно быть False (слишком близко)", "en": "reachable(100, 50, 800, 600) should be False (too close)"})""",
                hidden="""from hypothesis import strategies as st
require(check_function(reachable, robot_arm.reachable,
                       inputs=[(1400, 0, 800, 600), (840, 1120, 800, 600), (0, -200, 800, 600), (120, 160, 800, 600),
                               (-160, -120, 600, 800), (1401, 0, 800, 600), (0, 199, 800, 600), (0, 0, 500, 500),
                               (0, 0, 500, 400), (-900, 500, 800, 600), (150, 0, 300, 500), (250, 0, 300, 500)],
                       strategy=st.tuples(st.integers(-1600, 1600), st.integers(-1600, 1600), st.integers(50, 900),
                                          st.integers(50, 900)),
                       max_examples=300))"""),

        a.text(kk="## Ә бөлім. Кері кинематика", ru="## Часть Б. Обратная кинематика", en="## Part B. Inverse kinematics"),
        a.task(4, 1, "B",
               kk="""Енді керісінше: құрал $(x; y)$ нүктесінде тұр. Негіз — шынтақ — құрал үшбұрышының қабырғалары $L_1$, $L_2$ және
$r = \\sqrt{x^2 + y^2}$. Буындар арасындағы бұрыш $\\gamma = 180° - |\\theta_2|$ (себебі $\\theta_2$ — 2-буынның
1-буынның жалғасынан бір жаққа бұрылуы). Косинустар теоремасы: $r^2 = L_1^2 + L_2^2 - 2L_1L_2\\cos\\gamma$.
$\\cos\\theta_2$-ні `x`, `y`, `L1`, `L2` арқылы өрнектеп, `cos_t2` айнымалысына sympy өрнегі ретінде сақтаңыз
(жауаптың түрі, мысалы, `(x + y) / L1`, бірақ бұл жауап емес). Мәндес кез келген өрнек қабылданады.""",
               ru="""Теперь наоборот: инструмент стоит в точке $(x; y)$. Треугольник основание — локоть — инструмент имеет стороны
$L_1$, $L_2$ и $r = \\sqrt{x^2 + y^2}$. Угол между звеньями $\\gamma = 180° - |\\theta_2|$ (ведь $\\theta_2$ — поворот
звена 2 от продолжения звена 1 в одну из сторон). Теорема косинусов: $r^2 = L_1^2 + L_2^2 - 2L_1L_2\\cos\\gamma$.
Выразите $\\cos\\theta_2$ через `x`, `y`, `L1`, `L2` и сохраните выражение sympy в `cos_t2` (форма ответа,
например, `(x + y) / L1`, но это не ответ). Принимается любое равносильное выражение.""",
               en="""Now the other way round: the tool is at $(x, y)$. The triangle base-elbow-tool has the sides $L_1$, $L_2$ and
$r = \\sqrt{x^2 + y^2}$. The angle between the links is $\\gamma = 180° - |\\theta_2|$ (as $\\theta_2$ is how far link 2
turns away from the extension of link 1, to one side). The law of cosines: $r^2 = L_1^2 + L_2^2 - 2L_1L_2\\cos\\gamma$.
Express $\\cos\\theta_2$ in terms of `x`, `y`, `L1`, `L2` and store the sympy expression in `cos_t2` (the form of an
answer is, for example, `(x + y) / L1`, which is not the answer). Any equivalent expression is accepted."""),
        a.answer("cos-theta2", "cos_t2 = (x**2 + y**2 - L1**2 - L2**2) / (2 * L1 * L2)", hint={
            "kk": "cos_t2 = ...  (x, y, L1, L2 арқылы sympy өрнегі)",
            "ru": "cos_t2 = ...  (выражение sympy от x, y, L1, L2)",
            "en": "cos_t2 = ...  (a sympy expression in x, y, L1, L2)"}),
        a.tests("cos-theta2-test", 1, public=f"""assert isinstance(cos_t2, sp.Expr), pick({{"kk": "cos_t2 — sympy өрнегі болуы керек.", "ru": "cos_t2 должно быть выражением sympy.", "en": "cos_t2 should be a sympy expression."}})
assert {{str(s) for s in cos_t2.free_symbols}} <= {{"x", "y", "L1", "L2"}}, pick({{"kk": "cos_t2 өрнегінде тек x, y, L1, L2 әріптері болуы керек.", "ru": "В выражении cos_t2 могут быть только буквы x, y, L1, L2.", "en": "cos_t2 may use only the letters x, y, L1, L2."}})
advise(self_check(cos_t2, "{token['cos_t2']}"))""",
                hidden=f"""MSG_GAMMA = {MSG_GAMMA!r}
require(compare(cos_t2, "(x**2 + y**2 - L1**2 - L2**2)/(2*L1*L2)", rules=[rules.sign_flipped(message=MSG_GAMMA)]))"""),

        a.task(5, 2, "B",
               kk="""Дәнекерлеу нүктесі $(1000; 500)$ мм, $L_1 = 800$ мм, $L_2 = 600$ мм. Бір нүктеге қолды екі түрлі қоюға
болады: **шынтақ жоғары** ($\\theta_2 < 0$) және **шынтақ төмен** ($\\theta_2 > 0$). Шынтақ жоғары болғанда
$\\theta_1 = \\varphi + \\alpha$, мұндағы

* $\\varphi$ — нүктеге бағыт: `math.atan2(y, x)`;
* $\\alpha$ — үшбұрыштың негіздегі бұрышы: $L_2^2 = L_1^2 + r^2 - 2L_1 r\\cos\\alpha$ (косинустар теоремасы).

$\\theta_1$-ді есептеп, `theta1_up` айнымалысына бұрыш бірлігі бар pint шамасы ретінде сақтаңыз: `... * ureg.degree`
(радианмен берілген шама, `... * ureg.radian`, — сол бұрыш, ол да қабылданады). `math.atan2` пен `math.acos` радиан
қайтарады: градус үшін `math.degrees(...)` қолданыңыз. 0,5 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Сварочная точка $(1000; 500)$ мм, $L_1 = 800$ мм, $L_2 = 600$ мм. В одну точку руку можно поставить двумя
способами: **локоть вверх** ($\\theta_2 < 0$) и **локоть вниз** ($\\theta_2 > 0$). При локте вверх
$\\theta_1 = \\varphi + \\alpha$, где

* $\\varphi$ — направление на точку: `math.atan2(y, x)`;
* $\\alpha$ — угол треугольника при основании: $L_2^2 = L_1^2 + r^2 - 2L_1 r\\cos\\alpha$ (теорема косинусов).

Вычислите $\\theta_1$ и сохраните в `theta1_up` как величину pint с единицей угла: `... * ureg.degree` (величина
в радианах, `... * ureg.radian`, — тот же угол, она тоже принимается). `math.atan2` и `math.acos` возвращают
радианы: для градусов используйте `math.degrees(...)`. Принимается ответ с точностью до 0,5 %.""",
               en="""The weld spot is $(1000, 500)$ mm, $L_1 = 800$ mm, $L_2 = 600$ mm. The arm can reach one point in two ways:
**elbow up** ($\\theta_2 < 0$) and **elbow down** ($\\theta_2 > 0$). With the elbow up $\\theta_1 = \\varphi + \\alpha$,
where

* $\\varphi$ is the direction to the point: `math.atan2(y, x)`;
* $\\alpha$ is the triangle's angle at the base: $L_2^2 = L_1^2 + r^2 - 2L_1 r\\cos\\alpha$ (law of cosines).

Compute $\\theta_1$ and store it in `theta1_up` as a pint quantity with a unit of angle: `... * ureg.degree` (a
quantity in radians, `... * ureg.radian`, is the same angle and is accepted too). `math.atan2` and `math.acos`
return radians: use `math.degrees(...)` for degrees. An answer within 0.5 % is accepted."""),
        a.answer("elbow-up-angle", """r = math.hypot(1000, 500)
phi = math.atan2(500, 1000)
alpha = math.acos((800**2 + r**2 - 600**2) / (2 * 800 * r))
theta1_up = math.degrees(phi + alpha) * ureg.degree""", hint={
            "kk": "theta1_up = ...  (бұрыш бірлігі бар pint шамасы)",
            "ru": "theta1_up = ...  (величина pint с единицей угла)",
            "en": "theta1_up = ...  (a pint quantity with a unit of angle)"}),
        a.tests("elbow-up-angle-test", 2, public="""assert hasattr(theta1_up, "units"), pick({"kk": "theta1_up — бұрыш бірлігі бар pint шамасы болуы керек: ... * ureg.degree.", "ru": "theta1_up должно быть величиной pint с единицей угла: ... * ureg.degree.", "en": "theta1_up should be a pint quantity with a unit of angle: ... * ureg.degree."})
require(compare(theta1_up, "degree", mode="dimension"))
""" + f"""advise(self_check(theta1_up, "{token['theta1_up']}"))""",
                hidden=f"""MSG_RADIAN = {MSG_RADIAN!r}
MSG_DOWN = {MSG_DOWN!r}
MSG_PHI = {MSG_PHI!r}
require(compare(theta1_up, "{up[0]:.3f} degree", mode="units", rtol=0.005, rules=[
    rules.unit_not_converted("radian", message=MSG_RADIAN),
    rules.wrong_answer("{down[0]:.4f} degree", code="elbow-down", message=MSG_DOWN, score=0.5),
    rules.wrong_answer("{phi:.4f} degree", code="phi-only", message=MSG_PHI)]), points=2)"""),

        a.task(6, 2, "B",
               kk="""`ik(x, y, L1, L2)` функциясын жазыңыз: ол **шынтақ жоғары** шешімін $(\\theta_1, \\theta_2)$ кортежі
ретінде **градуспен** қайтарсын:

* $\\cos\\theta_2$ — 4-тапсырмадағы өрнек, $\\theta_2 = -\\arccos(\\cos\\theta_2)$ (шынтақ жоғары: $\\theta_2 \\le 0$);
* $\\theta_1 = \\varphi + \\alpha$ — 5-тапсырмадағыдай.

Нүктеге жетуге болмайтын жағдайлар тексерілмейді. $\\theta_1$ 180°-тан асып кетсе, $\\theta_1 - 360°$ да дұрыс деп
саналады (бағыты бірдей). Мысалы, `ik(600, 800, 800, 600)` нәтижесі `(90.0, -90.0)`: 1-буын тік жоғары, 2-буын
оңға.""",
               ru="""Напишите функцию `ik(x, y, L1, L2)`, которая возвращает решение **«локоть вверх»** как кортеж
$(\\theta_1, \\theta_2)$ **в градусах**:

* $\\cos\\theta_2$ — выражение из задачи 4, $\\theta_2 = -\\arccos(\\cos\\theta_2)$ (локоть вверх: $\\theta_2 \\le 0$);
* $\\theta_1 = \\varphi + \\alpha$ — как в задаче 5.

Недостижимые точки не проверяются. Если $\\theta_1$ получится больше 180°, то $\\theta_1 - 360°$ тоже засчитывается
(направление то же). Например, `ik(600, 800, 800, 600)` даёт `(90.0, -90.0)`: звено 1 направлено вертикально
вверх, звено 2 — вправо.""",
               en="""Write a function `ik(x, y, L1, L2)` that returns the **elbow-up** solution as a tuple $(\\theta_1, \\theta_2)$
**in degrees**:

* $\\cos\\theta_2$ is the expression of task 4, $\\theta_2 = -\\arccos(\\cos\\theta_2)$ (elbow up: $\\theta_2 \\le 0$);
* $\\theta_1 = \\varphi + \\alpha$ as in task 5.

Points out of reach are not tested. If $\\theta_1$ comes out above 180°, $\\theta_1 - 360°$ counts as well (it is the
same direction). For example, `ik(600, 800, 800, 600)` gives `(90.0, -90.0)`: link 1 straight up, link 2 to the
right."""),
        a.answer("ik-function", """def ik(x, y, L1, L2):
    r = math.hypot(x, y)
    c2 = (x**2 + y**2 - L1**2 - L2**2) / (2 * L1 * L2)
    c2 = max(-1.0, min(1.0, c2))
    theta2 = -math.acos(c2)
    ca = (L1**2 + r**2 - L2**2) / (2 * L1 * r)
    alpha = math.acos(max(-1.0, min(1.0, ca)))
    theta1 = math.atan2(y, x) + alpha
    return math.degrees(theta1), math.degrees(theta2)""", hint={
            "kk": "def ik(x, y, L1, L2): ...  (theta1, theta2) градуспен қайтарады, шынтақ жоғары",
            "ru": "def ik(x, y, L1, L2): ...  возвращает (theta1, theta2) в градусах, локоть вверх",
            "en": "def ik(x, y, L1, L2): ...  returns (theta1, theta2) in degrees, elbow up"}),
        a.tests("ik-function-test", 2, public="""assert callable(ik), pick({"kk": "ik — функция болуы керек (def ik(x, y, L1, L2): ...).", "ru": "ik должна быть функцией (def ik(x, y, L1, L2): ...).", "en": "ik should be a function (def ik(x, y, L1, L2): ...)."})
# [kk] тапсырма мәтініндегі мысал
# [ru] пример из текста задания
# [en] the example from the task text
t1_example, t2_example = ik(600, 800, 800, 600)
require(compare(t2_example, -90, mode="numeric", rtol=1e-6, rules=[
    rules.wrong_answer(90, code="elbow-down", message=lambda: pick({"kk": "θ2 > 0 — шынтақ төмен шешімі. Шынтақ жоғары болғанда θ2 ≤ 0 және θ1 = φ + α.", "ru": "θ2 > 0 — это решение «локоть вниз». При локте вверх θ2 ≤ 0 и θ1 = φ + α.", "en": "θ2 > 0 is the elbow-down solution. With the elbow up, θ2 ≤ 0 and θ1 = φ + α."})),
    rules.wrong_answer(-math.pi / 2, code="radians", message=lambda: pick({"kk": "ik радиан қайтарып тұр: бұрыштарды math.degrees(...) арқылы градусқа айналдырыңыз.", "ru": "ik возвращает радианы: переведите углы в градусы через math.degrees(...).", "en": "ik returns radians: convert the angles to degrees with math.degrees(...)."}))]))
require(compare(t1_example, 90, mode="numeric", rtol=1e-6, rules=[
    rules.wrong_answer(robot_arm.ik(600, 800, 800, 600, "down")[0], code="elbow-down-theta1", message=lambda: pick({"kk": "θ1 = φ − α — шынтақ төмен шешімінің бұрышы. Шынтақ жоғары болғанда θ1 = φ + α.", "ru": "θ1 = φ − α — угол решения «локоть вниз». При локте вверх θ1 = φ + α.", "en": "θ1 = φ − α belongs to the elbow-down solution. With the elbow up, θ1 = φ + α."})),
    rules.wrong_answer(math.pi / 2, code="radians", message=lambda: pick({"kk": "ik радиан қайтарып тұр: бұрыштарды math.degrees(...) арқылы градусқа айналдырыңыз.", "ru": "ik возвращает радианы: переведите углы в градусы через math.degrees(...).", "en": "ik returns radians: convert the angles to degrees with math.degrees(...)."}))]))""",
                hidden="""def ik_angles(x, y, L1, L2):  # the same directions written in (-180°, 180°]
    t1, t2 = ik(x, y, L1, L2)
    return robot_arm.wrap_deg(t1), robot_arm.wrap_deg(t2)

require(check_function(ik_angles, robot_arm.ik, rtol=1e-6, atol=1e-6, name="ik", inputs=[
    *((*robot_arm.forward(a1, a2, l1, l2), l1, l2) for l1, l2 in ((800, 600), (500, 500), (300, 700), (650, 420))
      for a1 in (-150, -60, 0, 25, 90, 135, 178) for a2 in (-170, -120, -75, -30, -5)),
    (1400, 0, 800, 600), (200, 0, 800, 600), (0, -1400, 800, 600), (1000, 500, 800, 600), (-900, -700, 800, 600)]))"""),

        a.text(kk="## Б бөлім. Жобалау және түсіндіру", ru="## Часть В. Проект и объяснение",
               en="## Part C. Design and explain"),
        a.task(7, 2, "C",
               kk="""Кузов бөлшегіндегі дәнекерлеу нүктесі $(900; 700)$ мм, $L_1 = 800$ мм, $L_2 = 600$ мм. Құрал нүктеден **2 мм-ден
жақын** тұруы керек, ал шынтақ **жоғары** болуы керек ($\\theta_2 < 0$): бөлшек қолдың астында жатыр, буындардың
ешқайсысы оған соғылмауы керек. Төмендегі зертханада $\\theta_1$ мен $\\theta_2$-ні таңдап (6-тапсырмадағы `ik` функцияңыз
көмектеседі), **Жобаны тексеру** батырмасын басыңыз. Жоба талаптарға сай болғанда, зертхана көрсеткен
`design = {...}` жолын жауап ұяшығына көшіріңіз: бағалау кезінде ешкім жүгірткіні жылжытпайды, сондықтан жоба кодта
сақталуы керек.""",
               ru="""Сварочная точка на детали кузова $(900; 700)$ мм, $L_1 = 800$ мм, $L_2 = 600$ мм. Инструмент должен оказаться
**ближе чем на 2 мм** к точке, а локоть — **вверху** ($\\theta_2 < 0$): деталь лежит под рукой, ни одно звено не
должно её задеть. Подберите $\\theta_1$ и $\\theta_2$ в лаборатории ниже (поможет ваша функция `ik` из задачи 6) и нажмите
**Проверить проект**. Когда проект выполняет все требования, скопируйте строку `design = {...}`, которую показывает
лаборатория, в ячейку ответа: при оценивании никто не двигает ползунки, поэтому проект должен быть записан в коде.""",
               en="""A weld spot on a car body part is at $(900, 700)$ mm, $L_1 = 800$ mm, $L_2 = 600$ mm. The tool must end up
**within 2 mm** of the spot, with the elbow **up** ($\\theta_2 < 0$): the part lies below the arm, and no link may
hit it. Choose $\\theta_1$ and $\\theta_2$ in the lab below (your `ik` function from task 6 helps) and press
**Check the design**. When the design meets every requirement, copy the line `design = {...}` that the lab shows
into the answer cell: nobody moves a slider when your work is graded, so the design has to live in code."""),
        a.code("""robot_arm.make_lab("weld-2mm")"""),
        a.answer("design", "design = {'theta1': 67.9, 'theta2': -71.8}",
                 before="# design = {'theta1': ..., 'theta2': ...}"),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {"theta1", "theta2"} <= set(design), pick({"kk": "design = {'theta1': ..., 'theta2': ...} (зертхана көрсететін жол)", "ru": "design = {'theta1': ..., 'theta2': ...} (строка, которую показывает лаборатория)", "en": "design = {'theta1': ..., 'theta2': ...} (the line the lab shows)"})
advise(check_design(design, robot_arm.DESIGN_SPEC, model=robot_arm.design_result))""",
                hidden="""require(check_design(design, robot_arm.DESIGN_SPEC, model=robot_arm.design_result))"""),

        a.task(8, 3, "C", locked_id="two-solutions-prompt",
               kk="""3–6 сөйлеммен түсіндіріңіз:

1. неліктен жұмыс аймағының ішіндегі бір нүктеге қолды **екі** түрлі қоюға болады (шынтақ жоғары және шынтақ
   төмен)? Үшбұрыш пен $\\cos\\theta_2$ арқылы түсіндіріңіз;
2. нүкте жұмыс аймағының **шекарасында** ($r = L_1 + L_2$ немесе $r = |L_1 - L_2|$) және одан **тыс** болса не
   болады? Өз жұмысыңыздан сандар келтіріңіз.

Жауапты төмендегі ұяшыққа жазыңыз.""",
               ru="""В 3–6 предложениях объясните:

1. почему в точку внутри рабочей зоны руку можно поставить **двумя** способами (локоть вверх и локоть вниз)?
   Объясните через треугольник и $\\cos\\theta_2$;
2. что происходит, если точка лежит **на границе** рабочей зоны ($r = L_1 + L_2$ или $r = |L_1 - L_2|$) и **вне**
   её? Приведите числа из своей работы.

Напишите ответ в ячейке ниже.""",
               en="""In 3-6 sentences explain:

1. why the arm can reach a point inside the workspace in **two** ways (elbow up and elbow down). Use the triangle
   and $\\cos\\theta_2$;
2. what happens when the point lies **on the boundary** of the workspace ($r = L_1 + L_2$ or $r = |L_1 - L_2|$) and
   **outside** it. Quote numbers from your work.

Write your answer in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: екі шешім — негіз — құрал түзуіне қатысты айналық симметриялы екі үшбұрыш; $\\cos\\theta_2 = c$
  теңдеуінің $\\theta_2 = \\pm\\arccos c$ екі шешімі бар (шынтақ жоғары $\\theta_2 < 0$, шынтақ төмен
  $\\theta_2 > 0$), сәйкесінше $\\theta_1 = \\varphi \\pm \\alpha$.
* 1 ұпай: шекарада шешім біреу: $r = L_1 + L_2$ болса $\\cos\\theta_2 = 1$, $\\theta_2 = 0$ (қол созылған),
  $r = |L_1 - L_2|$ болса $\\cos\\theta_2 = -1$, $\\theta_2 = 180°$ (қол бүгілген); үшбұрыш кесіндіге айналады.
* 1 ұпай: аймақтан тыс $|\\cos\\theta_2| > 1$, шешім жоқ (мысалы, $L_1 = 800$, $L_2 = 600$ үшін 1400 мм-ден алыс
  немесе 200 мм-ден жақын); сандар дұрыс.""",
                   "ru": """* 1 балл: два решения — два треугольника, зеркально симметричных относительно прямой основание — инструмент;
  уравнение $\\cos\\theta_2 = c$ имеет два решения $\\theta_2 = \\pm\\arccos c$ (локоть вверх $\\theta_2 < 0$,
  локоть вниз $\\theta_2 > 0$), соответственно $\\theta_1 = \\varphi \\pm \\alpha$.
* 1 балл: на границе решение одно: при $r = L_1 + L_2$ $\\cos\\theta_2 = 1$, $\\theta_2 = 0$ (рука вытянута), при
  $r = |L_1 - L_2|$ $\\cos\\theta_2 = -1$, $\\theta_2 = 180°$ (рука сложена); треугольник вырождается в отрезок.
* 1 балл: вне зоны $|\\cos\\theta_2| > 1$, решений нет (например, при $L_1 = 800$, $L_2 = 600$ дальше 1400 мм или
  ближе 200 мм); числа верны.""",
                   "en": """* 1 point: the two solutions are two triangles, mirror images in the line from the base to the tool; the
  equation $\\cos\\theta_2 = c$ has the two solutions $\\theta_2 = \\pm\\arccos c$ (elbow up $\\theta_2 < 0$, elbow
  down $\\theta_2 > 0$), and accordingly $\\theta_1 = \\varphi \\pm \\alpha$.
* 1 point: on the boundary there is one solution: at $r = L_1 + L_2$, $\\cos\\theta_2 = 1$ and $\\theta_2 = 0$
  (arm stretched); at $r = |L_1 - L_2|$, $\\cos\\theta_2 = -1$ and $\\theta_2 = 180°$ (arm folded); the triangle
  collapses into a segment.
* 1 point: outside the workspace $|\\cos\\theta_2| > 1$ and there is no solution (for example with $L_1 = 800$,
  $L_2 = 600$ beyond 1400 mm or closer than 200 mm); the numbers are right."""}),
        a.written("two-solutions", 3, f"""**Model answer (en).** The base, the elbow and the tool form a triangle with sides $L_1$, $L_2$ and $r$. The law of
cosines fixes $\\cos\\theta_2$, but two angles have the same cosine: $\\theta_2 = \\pm\\arccos(\\cos\\theta_2)$. So the
triangle can be drawn on either side of the line from the base to the tool: the two poses are mirror images, elbow
up ($\\theta_2 < 0$, $\\theta_1 = \\varphi + \\alpha$) and elbow down. For the spot (1000, 500) mm they are
$\\theta_1 \\approx {up[0]:.1f}°$ and $\\theta_1 \\approx {down[0]:.1f}°$, with $\\theta_2 = \\mp{down[1]:.1f}°$.
On the outer boundary $r = L_1 + L_2 = 1400$ mm the arm is stretched: $\\cos\\theta_2 = 1$, $\\theta_2 = 0$, and both
solutions become one; on the inner boundary $r = 200$ mm it is folded, $\\theta_2 = 180°$. Outside the ring
$|\\cos\\theta_2| > 1$, arccos is not defined, and no pose reaches the point.

**Үлгі жауап (kk).** Негіз, шынтақ және құрал қабырғалары $L_1$, $L_2$, $r$ болатын үшбұрыш құрайды. Косинустар
теоремасы $\\cos\\theta_2$-ні анықтайды, бірақ косинусы бірдей екі бұрыш бар: $\\theta_2 = \\pm\\arccos(\\cos\\theta_2)$.
Сондықтан үшбұрышты негіз — құрал түзуінің екі жағына да салуға болады: шынтақ жоғары ($\\theta_2 < 0$,
$\\theta_1 = \\varphi + \\alpha$) және шынтақ төмен. $(1000; 500)$ мм нүктесі үшін $\\theta_1 \\approx {up[0]:.1f}°$
және $\\theta_1 \\approx {down[0]:.1f}°$, ал $\\theta_2 = \\mp{down[1]:.1f}°$. Сыртқы шекарада ($r = 1400$ мм) қол
созылған, $\\theta_2 = 0$, екі шешім бірігеді; ішкі шекарада ($r = 200$ мм) қол бүгілген, $\\theta_2 = 180°$.
Сақинадан тыс $|\\cos\\theta_2| > 1$, шешім жоқ.

**Образец ответа (ru).** Основание, локоть и инструмент образуют треугольник со сторонами $L_1$, $L_2$, $r$. Теорема
косинусов задаёт $\\cos\\theta_2$, но одинаковый косинус у двух углов: $\\theta_2 = \\pm\\arccos(\\cos\\theta_2)$.
Поэтому треугольник можно построить по обе стороны прямой основание — инструмент: локоть вверх ($\\theta_2 < 0$,
$\\theta_1 = \\varphi + \\alpha$) и локоть вниз. Для точки $(1000; 500)$ мм это $\\theta_1 \\approx {up[0]:.1f}°$ и
$\\theta_1 \\approx {down[0]:.1f}°$, а $\\theta_2 = \\mp{down[1]:.1f}°$. На внешней границе ($r = 1400$ мм) рука
вытянута, $\\theta_2 = 0$, оба решения совпадают; на внутренней ($r = 200$ мм) рука сложена, $\\theta_2 = 180°$.
Вне кольца $|\\cos\\theta_2| > 1$, решений нет."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "robot_arm.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
