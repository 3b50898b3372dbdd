"""Writes phys-11-suspension's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-11-suspension/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_phys_11_suspension.py`` pins every number to the model). Every number a student sees is a
given of the tasks or comes from the lab's model (``curriculum.labs.suspension``).
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import sympy as sp

from curriculum import authoring as a
from curriculum.check import fingerprint, rules
from curriculum.metadata import load_module_meta
from curriculum.units import ureg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "phys-11-suspension"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """from curriculum.i18n import pick
from curriculum.labs import suspension"""


# -- lesson 1: the body on its spring -----------------------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Автомобиль аспасы, 1-сабақ. Серіппедегі кузов

Жинау желісінің соңында әр автомобиль тексеруден өтеді. Әр дөңгелек пен кузовтың арасында **аспа** (suspension)
бар: кузовтың салмағын көтеретін серіппе және тербелісті өшіретін амортизатор. Автомобиль кедір-бұдырдан өткенде
кузов жоғары-төмен тербеледі. Ол секундына неше рет тербеледі? Неге жүк салынған автомобиль басқаша тербеледі?
Жолаушыға қандай тербеліс жайлы? Бұл сабақта соны есептейміз.""",
            ru=r"""# Подвеска автомобиля, урок 1. Кузов на пружине

В конце сборочной линии каждый автомобиль проходит проверку. Между каждым колесом и кузовом стоит **подвеска**
(suspension): пружина, которая держит вес кузова, и амортизатор, который гасит колебания. Когда автомобиль
проезжает неровность, кузов колеблется вверх и вниз. Сколько раз в секунду? Почему гружёный автомобиль колеблется
иначе? Какие колебания удобны пассажиру? На этом уроке мы это вычислим.""",
            en=r"""# The car's suspension, lesson 1. The body on its spring

At the end of the assembly line every car is checked. Between each wheel and the body there is the **suspension**:
a spring that carries the body's weight and a damper that takes the energy out of its oscillation. When the car goes
over a bump, the body swings up and down. How many times a second? Why does a loaded car swing differently? What
swinging is comfortable for the people inside? In this lesson we compute it."""),
        a.text(
            kk=r"""## 1. Аспаның ширек моделі

Автомобильдің төрт дөңгелегі бар, сондықтан бір дөңгелектің аспасы кузов массасының шамамен төрттен бірін
көтереді: жеңіл автомобильде 250–450 кг. Модельде осы масса $m$ қатаңдығы $k$ серіппеге (15–35 кН/м) және
амортизаторға тіреледі. Шина қатты деп есептеледі (3 Гц-тен төмен жиілікте ол әрең сығылады), кузов тек жоғары-төмен
қозғалады, $x$ — кузовтың тепе-теңдік күйінен ығысуы (жоғары қарай оң).

Амортизатор жоқ болса, серіппенің күші $-k x$ кузовты тепе-теңдікке қайтарады: $m x'' = -k x$. Бұл — гармоникалық
тербеліс. Оның циклдік жиілігі $\omega_0 = \sqrt{k/m}$ (рад/с), **меншікті жиілігі** (natural frequency)
$f_0 = \omega_0 / (2\pi)$ (Гц — секундына тербеліс саны), ал периоды $T = 1/f_0 = 2\pi\sqrt{m/k}$.""",
            ru=r"""## 1. Четвертная модель подвески

У автомобиля четыре колеса, поэтому подвеска одного колеса держит примерно четверть массы кузова: у легкового
автомобиля 250–450 кг. В модели эта масса $m$ опирается на пружину жёсткостью $k$ (15–35 кН/м) и на амортизатор.
Шину считаем жёсткой (на частотах ниже 3 Гц она почти не сжимается), кузов движется только вверх и вниз, $x$ —
смещение кузова от положения равновесия (вверх — положительное).

Если амортизатора нет, сила пружины $-k x$ возвращает кузов к равновесию: $m x'' = -k x$. Это гармонические
колебания. Их циклическая частота $\omega_0 = \sqrt{k/m}$ (рад/с), **собственная частота** (natural frequency)
$f_0 = \omega_0 / (2\pi)$ (Гц — число колебаний в секунду), а период $T = 1/f_0 = 2\pi\sqrt{m/k}$.""",
            en=r"""## 1. The quarter-car model

A car has four wheels, so the suspension of one wheel carries about a quarter of the body's mass: 250–450 kg in a
passenger car. In the model this mass $m$ rests on a spring of stiffness $k$ (15–35 kN/m) and on a damper. The tyre
is taken as rigid (below 3 Hz it hardly deflects), the body moves only up and down, and $x$ is the body's
displacement from its equilibrium (up is positive).

Without a damper the spring's force $-k x$ pulls the body back to its equilibrium: $m x'' = -k x$. This is a
harmonic oscillation. Its angular frequency is $\omega_0 = \sqrt{k/m}$ (rad/s), its **natural frequency** is
$f_0 = \omega_0 / (2\pi)$ (Hz, swings per second), and its period is $T = 1/f_0 = 2\pi\sqrt{m/k}$."""),
        a.formula(r"$$\omega_0 = \sqrt{\frac{k}{m}},\qquad f_0 = \frac{\omega_0}{2\pi},\qquad "
                  r"T = \frac{1}{f_0} = 2\pi\sqrt{\frac{m}{k}},\qquad \Delta l = \frac{m g}{k}$$"),
        a.text(
            kk=r"""Тыныштықта кузовтың салмағы $mg$ серіппені $\Delta l = mg/k$ шамасына сығады (Гук заңы: $k\,\Delta l = mg$) —
бұл серіппенің статикалық сығылуы. Осыдан $k/m = g/\Delta l$, яғни $f_0 = \sqrt{g/\Delta l}/(2\pi)$: серіппе
неғұрлым көп сығылса, кузов соғұрлым баяу тербеледі. Жеңіл автомобильдің кузовы үшін жайлы меншікті жиілік
шамамен 1–1,5 Гц.

Бағалаңыз: $k = 25$ кН/м, $m = 350$ кг болса, $k/m = 25\,000/350 \approx 71$, $\sqrt{71} \approx 8{,}4$ рад/с,
$8{,}4/6{,}3 \approx 1{,}3$ Гц.""",
            ru=r"""В покое вес кузова $mg$ сжимает пружину на $\Delta l = mg/k$ (закон Гука: $k\,\Delta l = mg$) — это
статический прогиб подвески. Отсюда $k/m = g/\Delta l$, то есть $f_0 = \sqrt{g/\Delta l}/(2\pi)$: чем больше
пружина сжата, тем медленнее колеблется кузов. Удобная собственная частота кузова легкового автомобиля — примерно
1–1,5 Гц.

Оцените: при $k = 25$ кН/м и $m = 350$ кг $k/m = 25\,000/350 \approx 71$, $\sqrt{71} \approx 8{,}4$ рад/с,
$8{,}4/6{,}3 \approx 1{,}3$ Гц.""",
            en=r"""At rest the body's weight $mg$ compresses the spring by $\Delta l = mg/k$ (Hooke's law: $k\,\Delta l = mg$):
the static sag. So $k/m = g/\Delta l$, that is $f_0 = \sqrt{g/\Delta l}/(2\pi)$: the more the spring is compressed,
the slower the body swings. A comfortable natural frequency of a passenger car's body is about 1–1.5 Hz.

Estimate: with $k = 25$ kN/m and $m = 350$ kg, $k/m = 25\,000/350 \approx 71$, $\sqrt{71} \approx 8.4$ rad/s,
$8.4/6.3 \approx 1.3$ Hz."""),
        a.example(
            kk=r"""### 1-мысал

Седанның бір дөңгелегіне кузов массасының 350 кг-ы келеді, серіппенің қатаңдығы 25 кН/м. Циклдік жиілікті,
меншікті жиілікті, периодты және серіппенің статикалық сығылуын табыңыз ($g = 9{,}81$ м/с²).

* $k = 25$ кН/м $= 25\,000$ Н/м (1 кН = 1000 Н).
* $\omega_0 = \sqrt{25\,000/350} \approx 8{,}45$ рад/с.
* $f_0 = 8{,}45/(2\pi) \approx 1{,}345$ Гц — жайлылық аралығында (1–1,5 Гц).
* $T = 1/f_0 \approx 0{,}743$ с.
* $\Delta l = 350 \cdot 9{,}81/25\,000 \approx 0{,}137$ м $\approx 137$ мм; тексеру: $\sqrt{9{,}81/0{,}137}/(2\pi) \approx 1{,}345$ Гц.

Келесі ұяшық соны зертхананың моделімен есептейді.""",
            ru=r"""### Пример 1

На одно колесо седана приходится 350 кг массы кузова, жёсткость пружины 25 кН/м. Найдите циклическую частоту,
собственную частоту, период и статический прогиб ($g = 9{,}81$ м/с²).

* $k = 25$ кН/м $= 25\,000$ Н/м (1 кН = 1000 Н).
* $\omega_0 = \sqrt{25\,000/350} \approx 8{,}45$ рад/с.
* $f_0 = 8{,}45/(2\pi) \approx 1{,}345$ Гц — в полосе комфорта (1–1,5 Гц).
* $T = 1/f_0 \approx 0{,}743$ с.
* $\Delta l = 350 \cdot 9{,}81/25\,000 \approx 0{,}137$ м $\approx 137$ мм; проверка: $\sqrt{9{,}81/0{,}137}/(2\pi) \approx 1{,}345$ Гц.

Следующая ячейка считает то же по модели лаборатории.""",
            en=r"""### Example 1

One wheel of a sedan carries 350 kg of the body's mass, and its spring's stiffness is 25 kN/m. Find the angular
frequency, the natural frequency, the period and the static sag ($g = 9.81$ m/s²).

* $k = 25$ kN/m $= 25\,000$ N/m (1 kN = 1000 N).
* $\omega_0 = \sqrt{25\,000/350} \approx 8.45$ rad/s.
* $f_0 = 8.45/(2\pi) \approx 1.345$ Hz, in the comfort band (1–1.5 Hz).
* $T = 1/f_0 \approx 0.743$ s.
* $\Delta l = 350 \cdot 9.81/25\,000 \approx 0.137$ m $\approx 137$ mm; check: $\sqrt{9.81/0.137}/(2\pi) \approx 1.345$ Hz.

The next cell computes the same with the lab's model."""),
        a.code("""m, k = 350, 25000
print(round(suspension.angular_frequency(k, m), 2), round(suspension.natural_frequency(k, m), 3))
print(round(suspension.period(k, m), 3), round(suspension.static_sag(m, k) * 1000))""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Дана былай жазды: «$f_0 = \sqrt{k/m} = 8{,}45$ Гц». Ерлан қатаңдықты кН/м-мен қалдырды:
$f_0 = \sqrt{25/350}/(2\pi) \approx 0{,}0425$ Гц. Екеуі де қателеседі. Дана тапқаны — циклдік жиілік $\omega_0$
рад/с-пен, ол $2\pi$-ге бөлінбеген: секундына 8,45 тербеліс — кузов емес, діріл. Ерланның кузовы бір тербелісті
$T \approx 23{,}5$ с-та жасар еді. Төмендегі ұяшық үшеуін есептейді: $\omega_0$, $f_0$ және Ерланның $f_0$ мен $T$-сы.""",
            ru=r"""### Верно ли?

Дана написала: «$f_0 = \sqrt{k/m} = 8{,}45$ Гц». Ерлан оставил жёсткость в кН/м:
$f_0 = \sqrt{25/350}/(2\pi) \approx 0{,}0425$ Гц. Оба ошибаются. Дана нашла циклическую частоту $\omega_0$ в рад/с
и не разделила её на $2\pi$: 8,45 колебания в секунду — это уже не кузов, а вибрация. Кузов Ерлана совершал бы одно
колебание за $T \approx 23{,}5$ с. Ячейка ниже вычисляет все три: $\omega_0$, $f_0$ и $f_0$ с $T$ Ерлана.""",
            en=r"""### Is it true?

Dana wrote: "$f_0 = \sqrt{k/m} = 8.45$ Hz". Yerlan left the stiffness in kN/m: $f_0 = \sqrt{25/350}/(2\pi) \approx
0.0425$ Hz. Both are wrong. Dana found the angular frequency $\omega_0$ in rad/s and did not divide it by $2\pi$:
8.45 swings a second is no longer a body but a vibration. Yerlan's body would take $T \approx 23.5$ s for one swing.
The cell below computes all three: $\omega_0$, $f_0$, and Yerlan's $f_0$ and $T$."""),
        a.code("""print(round(suspension.angular_frequency(25000, 350), 2))
print(round(suspension.natural_frequency(25000, 350), 3))
print(round(suspension.natural_frequency(25, 350), 4), round(suspension.period(25, 350), 1))""",
               role="misconception"),
        a.predict(
            kk=r"""### Алдымен болжаңыз

Зертханада — сынақ стенді бүйірінен: стенд тақтасындағы дөңгелек, қызыл серіппе, сұр амортизатор және көк кузов
(ығысуы 3 есе үлкейтіп салынған). Стенд кузовты 50 мм басып, босатады; оң жақта кузов ығысуының уақытқа
тәуелділігі. ▶ батырмасын баспас бұрын жауап беріңіз: автомобильге жүк салсаңыз (350 кг-нан 450 кг-ға дейін),
меншікті жиілік артады ма, кемиді ме? Серіппенің статикалық сығылуы ше? Болжамыңызды дәптерге жазыңыз.""",
            ru=r"""### Сначала предскажите

В лаборатории — испытательный стенд сбоку: колесо на плите стенда, красная пружина, серый амортизатор и синий кузов
(его смещение нарисовано увеличенным в 3 раза). Стенд нажимает на кузов на 50 мм и отпускает его; справа —
смещение кузова в зависимости от времени. Прежде чем нажать ▶, ответьте: если загрузить автомобиль (с 350 кг до
450 кг), собственная частота вырастет или уменьшится? А статический прогиб? Запишите предсказание в тетрадь.""",
            en=r"""### Predict first

In the lab: the test rig from the side, the wheel on the rig's plate, the red spring, the grey damper and the blue
body (its displacement drawn 3 times larger). The rig pushes the body down by 50 mm and lets go; on the right, the
body's displacement against time. Before you press ▶, answer: if you load the car (from 350 kg to 450 kg), does the
natural frequency go up or down? And the static sag? Write your prediction down."""),
        a.lab("""lab = suspension.make_lab()
lab"""),
        a.text(
            kk=r"""### Зерттеңіз

1. ▶ батырмасын басыңыз: стенд кузовты босатты. Кузов неше рет тербеліп барып тынышталды?
2. Амортизатордың кедергі коэффициентін 0 етіңіз (амортизатор жоқ). 4 с ішінде кузов неше толық тербеліс
   жасайды? Оны $4 f_0 \approx 5{,}4$-пен салыстырыңыз.
3. Массаны 450 кг етіңіз. $f_0$ мен статикалық сығылу қалай өзгерді? Болжамыңыз расталды ма?
4. Серіппенің қатаңдығын $20\,000$-нан $40\,000$ Н/м-ге дейін екі есе арттырыңыз. $f_0$ неше есе өсті? ($\sqrt{2} \approx 1{,}41$.)
5. Меншікті жиілік жайлылық аралығынан (1–1,5 Гц) шығатын қатаңдықтарды табыңыз. (Седан мен оның сандары ойдан
   алынған, бірақ шынайыға ұқсас.)""",
            ru=r"""### Исследуйте

1. Нажмите ▶: стенд отпустил кузов. Сколько раз кузов качнулся, прежде чем успокоился?
2. Поставьте коэффициент сопротивления амортизатора 0 (амортизатора нет). Сколько полных колебаний кузов
   совершает за 4 с? Сравните с $4 f_0 \approx 5{,}4$.
3. Поставьте массу 450 кг. Как изменились $f_0$ и статический прогиб? Подтвердилось ли предсказание?
4. Увеличьте жёсткость пружины вдвое, с $20\,000$ до $40\,000$ Н/м. Во сколько раз выросла $f_0$? ($\sqrt{2} \approx 1{,}41$.)
5. Найдите жёсткости, при которых собственная частота выходит из полосы комфорта (1–1,5 Гц). (Седан и его числа
   придуманы для задачи, но похожи на настоящие.)""",
            en=r"""### Explore

1. Press ▶: the rig has let go of the body. How many times did the body swing before it came to rest?
2. Set the damping coefficient to 0 (no damper). How many full swings does the body make in 4 s? Compare with
   $4 f_0 \approx 5.4$.
3. Set the mass to 450 kg. How did $f_0$ and the static sag change? Was your prediction right?
4. Double the spring stiffness, from $20\,000$ to $40\,000$ N/m. How many times did $f_0$ grow? ($\sqrt{2} \approx 1.41$.)
5. Find the stiffnesses with which the natural frequency leaves the comfort band (1–1.5 Hz). (The sedan and its
   numbers are made up for the task, but they are like real ones.)"""),
        a.summary(
            kk=r"""## Қорытынды

* **Аспа** — дөңгелек пен кузов арасындағы серіппе мен амортизатор; ширек модельде кузов массасының төрттен бірі
  $m$ бір серіппеге тіреледі.
* **Серіппенің қатаңдығы** $k$ (Н/м; 1 кН/м = 1000 Н/м) мен масса **меншікті жиілікті** береді:
  $f_0 = \sqrt{k/m}/(2\pi)$ Гц, ал $\omega_0 = \sqrt{k/m}$ — циклдік жиілік, рад/с; период $T = 2\pi\sqrt{m/k}$.
* Статикалық сығылу $\Delta l = mg/k$, $f_0 = \sqrt{g/\Delta l}/(2\pi)$; жайлы меншікті жиілік шамамен 1–1,5 Гц.
* **Тербеліс** амортизаторсыз өшпейді; **амортизатор** оны өшіреді (2-сабақ).""",
            ru=r"""## Итоги

* **Подвеска** — пружина и амортизатор между колесом и кузовом; в четвертной модели четверть массы кузова $m$
  опирается на одну пружину.
* **Жёсткость пружины** $k$ (Н/м; 1 кН/м = 1000 Н/м) и масса задают **собственную частоту**:
  $f_0 = \sqrt{k/m}/(2\pi)$ Гц, а $\omega_0 = \sqrt{k/m}$ — циклическая частота в рад/с; период $T = 2\pi\sqrt{m/k}$.
* Статический прогиб $\Delta l = mg/k$, $f_0 = \sqrt{g/\Delta l}/(2\pi)$; удобная собственная частота — около 1–1,5 Гц.
* Без амортизатора **колебание** не затухает; **амортизатор** его гасит (урок 2).""",
            en=r"""## Summary

* The **suspension** is the spring and the damper between a wheel and the body; in the quarter-car model a quarter
  of the body's mass $m$ rests on one spring.
* The **spring stiffness** $k$ (N/m; 1 kN/m = 1000 N/m) and the mass set the **natural frequency**:
  $f_0 = \sqrt{k/m}/(2\pi)$ in Hz, while $\omega_0 = \sqrt{k/m}$ is the angular frequency in rad/s; the period is
  $T = 2\pi\sqrt{m/k}$.
* The static sag is $\Delta l = mg/k$, and $f_0 = \sqrt{g/\Delta l}/(2\pi)$; a comfortable natural frequency is about
  1–1.5 Hz.
* Without a damper the **oscillation** does not die out; the **damper** takes it out (lesson 2)."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Неге жүк салынған автомобильдің кузовы баяуырақ тербеледі? $f_0 = \sqrt{k/m}/(2\pi)$ арқылы бір сөйлеммен түсіндіріңіз.
2. Дана мен Ерланға не айтар едіңіз?
3. Бүгін сізге не түсініксіз қалды?""",
            ru=r"""## Рефлексия

1. Почему кузов гружёного автомобиля колеблется медленнее? Объясните через $f_0 = \sqrt{k/m}/(2\pi)$ одним предложением.
2. Что бы вы сказали Дане и Ерлану?
3. Что сегодня осталось для вас непонятным?""",
            en=r"""## Reflection

1. Why does the body of a loaded car swing more slowly? Explain with $f_0 = \sqrt{k/m}/(2\pi)$ in one sentence.
2. What would you tell Dana and Yerlan?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- lesson 2: the damper, overshoot, settling time and resonance ----------------------------------------------

LESSON_2_PLAN = [
    a.stage("Кіріспе: стендтегі сынақ", "Вступление: испытание на стенде", "The hook: the test on the rig", 2),
    a.stage("Өшетін тербелістер (2-бөлім)", "Затухающие колебания (раздел 2)", "Damped oscillations (section 2)", 9),
    a.stage("2-мысал және оның ұяшығы", "Пример 2 и его ячейка", "Example 2 and its cell", 7),
    a.stage("Резонанс, 3-мысал және оның ұяшығы", "Резонанс, пример 3 и его ячейка", "Resonance, example 3 and its cell", 7),
    a.stage("Дұрыс па? (Асқар)", "Верно ли? (Аскар)", "Is it true? (Askar)", 5),
    a.stage("Жоба алдындағы бағалау: серіппенің шектері", "Оценка перед проектом: пределы пружины",
           "Estimate before the design: the spring's limits", 5),
    a.stage("Қорытынды", "Итоги", "Summary", 2),
    a.stage("Рефлексия", "Рефлексия", "Reflection", 3),
]
"""What a grade-11 class needs for lesson 2 in class, minute by minute. Before the timing pass the design in the lab
was in the lesson too: some 50 minutes, more with a class that reads slowly."""
LESSON_2_HOME = [a.stage("Жоба зертханада: серіппе мен амортизаторды таңдау, бос және жүктелген кузовты салыстыру",
                        "Проект в лаборатории: выбрать пружину и амортизатор, сравнить пустой и гружёный кузов",
                        "The design in the lab: choose the spring and the damper, compare the empty and the loaded body",
                        10)]
LESSON_2_NOTE = {
    "kk": "Серіппенің шектерін сынып сабақта бірге бағалайды; серіппе мен амортизаторды зертханада таңдауды оқушылар үйде "
          "аяқтайды. Келесі сабақты жобаны қысқа талқылаудан бастауға болады.",
    "ru": "Пределы пружины класс оценивает вместе на уроке; выбор пружины и амортизатора в лаборатории ученики заканчивают "
          "дома. Следующий урок можно начать с короткого обсуждения проекта.",
    "en": "The class estimates the spring's limits together in the lesson; pupils finish choosing the spring and the damper "
          "in the lab at home. The next lesson may open with a short talk about the designs.",
}


def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Автомобиль аспасы, 2-сабақ. Амортизатор және резонанс

Өткен сабақта амортизаторсыз кузов тоқтамай тербелетінін көрдік. Жинау желісінің соңындағы стенд кузовты 50 мм
басып, босатады да, кузов тепе-теңдік күйінен қаншалықты асып кететінін және қанша уақытта тынышталатынын өлшейді:
ақаулы амортизатор бірден көрінеді. Бұл сабақта амортизатор тербелісті қалай өшіретінін есептеп, толқынды жолдың
қауіпін көріп, бос және жүктелген автомобильге аспа таңдаймыз. (Стенд пен оның 50 мм-і ойдан алынған, бірақ шынайыға
ұқсас.)""",
            ru=r"""# Подвеска автомобиля, урок 2. Амортизатор и резонанс

На прошлом уроке мы видели, что без амортизатора кузов колеблется не переставая. Стенд в конце сборочной линии
нажимает на кузов на 50 мм, отпускает его и измеряет, насколько кузов проскакивает положение равновесия и за какое
время успокаивается: неисправный амортизатор виден сразу. На этом уроке мы вычислим, как амортизатор гасит
колебания, увидим опасность волнистой дороги и подберём подвеску для пустого и гружёного автомобиля. (Стенд и его
50 мм придуманы для задачи, но похожи на настоящие.)""",
            en=r"""# The car's suspension, lesson 2. The damper and resonance

Last lesson we saw that without a damper the body swings on and on. The rig at the end of the assembly line pushes
the body down by 50 mm, lets go, and measures how far the body swings past its equilibrium and how long it takes to
come to rest: a faulty damper shows at once. In this lesson we compute how the damper takes the oscillation out,
see the danger of a wavy road, and choose a suspension for the car empty and loaded. (The rig and its 50 mm are
made up for the task, but they are like real ones.)"""),
        a.time_plan(LESSON_2_PLAN, home=LESSON_2_HOME, note=LESSON_2_NOTE),
        a.text(
            kk=r"""## 2. Өшетін тербелістер

Амортизатор кузовтың жылдамдығына қарсы $-c\,x'$ күшпен әсер етеді, мұндағы $c$ — амортизатордың кедергі
коэффициенті (Н·с/м). Қозғалыс теңдеуі: $m x'' + c x' + k x = 0$. Оның шешімінің түрін бір сан анықтайды —
**демпфирлеу коэффициенті** (damping ratio) $\zeta = c/(2\sqrt{km})$, өлшем бірлігі жоқ:

* $\zeta < 1$: кузов тербеледі, бірақ тербелісі өшеді; өшетін тербелістің жиілігі $f_d = f_0\sqrt{1-\zeta^2}$;
* $\zeta = 1$: кузов тепе-теңдікке тербелмей оралады;
* $\zeta > 1$: кузов тепе-теңдікке одан да баяу жылжып оралады.

Физикада өшуді көбіне **өшу коэффициентімен** $\beta = c/(2m)$ (1/с) сипаттайды: тербеліс амплитудасы
$e^{-\beta t}$ көбейткішімен кемиді. $\zeta = \beta/\omega_0$ — оның $\omega_0$-ге қатынасы, сондықтан $\zeta$-ның өлшем
бірлігі жоқ. Жеңіл автомобильдерде $\zeta$ шамамен 0,2–0,4. Кузовты $x_0$-ге басып, босатсақ, ол тепе-теңдіктен өтіп, жоғары
**асып кетеді** (overshoot): ең үлкен асып кетудің $x_0$-ге қатынасы $M = e^{-\pi\zeta/\sqrt{1-\zeta^2}}$ (үлес; 100-ге
көбейтсек — пайыз). Тербеліс $e^{-\zeta\omega_0 t} = e^{-\beta t}$ көбейткішімен өшеді, ол $t = 4/(\zeta\omega_0)$ болғанда
$e^{-4} \approx 0{,}018$-ге, яғни шамамен 2 %-ға дейін кемиді. Сондықтан **орнығу уақыты** (settling time) — осы
сәттен бастап кузов тепе-теңдіктен $x_0$-дің 2 %-ынан артық алыстамайды — шамамен $4/(\zeta\omega_0)$. Дәл мәнін
өлшенген қисықтан оқимыз: ол — кузов 2 % аралығынан соңғы рет шыққаннан кейінгі сәт.""",
            ru=r"""## 2. Затухающие колебания

Амортизатор действует на кузов силой $-c\,x'$ против его скорости, где $c$ — коэффициент сопротивления амортизатора
(Н·с/м). Уравнение движения: $m x'' + c x' + k x = 0$. Вид его решения определяет одно число — **коэффициент
демпфирования** (damping ratio) $\zeta = c/(2\sqrt{km})$, без единицы измерения:

* $\zeta < 1$: кузов колеблется, но колебания затухают; частота затухающих колебаний $f_d = f_0\sqrt{1-\zeta^2}$;
* $\zeta = 1$: кузов возвращается к равновесию, не колеблясь;
* $\zeta > 1$: кузов возвращается к равновесию ещё медленнее, ползком.

В физике затухание часто описывают **коэффициентом затухания** $\beta = c/(2m)$ (1/с): амплитуда колебаний
убывает с множителем $e^{-\beta t}$. $\zeta = \beta/\omega_0$ — его отношение к $\omega_0$, поэтому у $\zeta$ нет единицы
измерения. У легковых автомобилей $\zeta$ примерно 0,2–0,4. Если нажать на кузов на $x_0$ и отпустить, он проскочит равновесие
и уйдёт вверх: это **перерегулирование** (overshoot). Отношение наибольшего выброса к $x_0$ равно
$M = e^{-\pi\zeta/\sqrt{1-\zeta^2}}$ (доля; умножив на 100, получим проценты). Колебания затухают с множителем
$e^{-\zeta\omega_0 t} = e^{-\beta t}$, который при $t = 4/(\zeta\omega_0)$ падает до $e^{-4} \approx 0{,}018$, то есть примерно до 2 %.
Поэтому **время установления** (settling time) — момент, начиная с которого кузов не отходит от равновесия дальше
2 % от $x_0$, — примерно $4/(\zeta\omega_0)$. Точное значение читаем по записанной кривой: это момент после
последнего выхода кузова из полосы 2 %.""",
            en=r"""## 2. Damped oscillations

The damper pushes on the body with the force $-c\,x'$ against its velocity, where $c$ is the damping coefficient
(N·s/m). The equation of motion is $m x'' + c x' + k x = 0$. One number decides what its solution looks like, the
**damping ratio** $\zeta = c/(2\sqrt{km})$, which has no unit:

* $\zeta < 1$: the body swings, but its swing dies out; the damped oscillation's frequency is $f_d = f_0\sqrt{1-\zeta^2}$;
* $\zeta = 1$: the body returns to its equilibrium without swinging;
* $\zeta > 1$: the body creeps back to its equilibrium even more slowly.

Physics books often describe damping by the **damping coefficient** $\beta = c/(2m)$ (1/s): the swing's amplitude
falls with the factor $e^{-\beta t}$. $\zeta = \beta/\omega_0$ is it compared with $\omega_0$, which is why $\zeta$ has no
unit. Passenger cars have $\zeta$ of about 0.2–0.4. If the body is pushed down by $x_0$ and let go, it swings up past its
equilibrium: the **overshoot**. The largest swing past equilibrium over $x_0$ is $M = e^{-\pi\zeta/\sqrt{1-\zeta^2}}$
(a fraction; times 100 it is in percent). The swing dies out with the factor $e^{-\zeta\omega_0 t} = e^{-\beta t}$, which at
$t = 4/(\zeta\omega_0)$ has fallen to $e^{-4} \approx 0.018$, about 2 %. So the **settling time**, from which on the
body stays within 2 % of $x_0$ of its equilibrium, is about $4/(\zeta\omega_0)$. Its exact value is read from the
recorded curve: the moment after the body last left the 2 % band."""),
        a.formula(r"$$\zeta = \frac{c}{2\sqrt{k m}},\qquad f_d = f_0\sqrt{1-\zeta^2},\qquad "
                  r"M = e^{-\pi\zeta/\sqrt{1-\zeta^2}},\qquad t_s \approx \frac{4}{\zeta\,\omega_0}$$"),
        a.example(
            kk=r"""### 2-мысал

1-мысалдағы седанның амортизаторы $c = 1800$ Н·с/м. Стенд кузовты 50 мм басып, босатады. Демпфирлеу
коэффициентін, асып кетуді, орнығу уақытын және өшетін тербелістің жиілігін табыңыз.

* $\sqrt{km} = \sqrt{25\,000 \cdot 350} \approx 2958$ кг/с; $\zeta = 1800/(2 \cdot 2958) \approx 0{,}304$.
* $M = e^{-\pi \cdot 0{,}304/\sqrt{1-0{,}304^2}} \approx 0{,}367$, яғни 36,7 %: кузов тепе-теңдіктен шамамен
  $0{,}367 \cdot 50 \approx 18$ мм жоғары көтеріледі.
* $\zeta\omega_0 = 0{,}304 \cdot 8{,}45 \approx 2{,}57$ 1/с, $t_s \approx 4/2{,}57 \approx 1{,}56$ с. Қисықтан оқылған дәл мәні
  1,33 с: бағалау қисықтың өзіне емес, оның тербелістері өшетін $e^{-\zeta\omega_0 t}$ көбейткішіне ғана сүйенеді, ал
  шыңдардың арасында қисық нөлге жақынырақ; сондықтан мұнда бағалау қормен береді ($\zeta$ шамамен 0,4-ке дейін осылай).
* $f_d = 1{,}345\sqrt{1-0{,}304^2} \approx 1{,}28$ Гц.""",
            ru=r"""### Пример 2

Амортизатор седана из примера 1: $c = 1800$ Н·с/м. Стенд нажимает на кузов на 50 мм и отпускает. Найдите
коэффициент демпфирования, перерегулирование, время установления и частоту затухающих колебаний.

* $\sqrt{km} = \sqrt{25\,000 \cdot 350} \approx 2958$ кг/с; $\zeta = 1800/(2 \cdot 2958) \approx 0{,}304$.
* $M = e^{-\pi \cdot 0{,}304/\sqrt{1-0{,}304^2}} \approx 0{,}367$, то есть 36,7 %: кузов поднимается над равновесием
  примерно на $0{,}367 \cdot 50 \approx 18$ мм.
* $\zeta\omega_0 = 0{,}304 \cdot 8{,}45 \approx 2{,}57$ 1/с, $t_s \approx 4/2{,}57 \approx 1{,}56$ с. Точное значение по кривой —
  1,33 с: оценка опирается не на саму кривую, а только на множитель $e^{-\zeta\omega_0 t}$, с которым затухают её размахи,
  а между пиками кривая ближе к нулю; поэтому здесь оценка даёт запас (так при $\zeta$ примерно до 0,4).
* $f_d = 1{,}345\sqrt{1-0{,}304^2} \approx 1{,}28$ Гц.""",
            en=r"""### Example 2

The damper of the sedan of example 1 is $c = 1800$ N·s/m. The rig pushes the body down by 50 mm and lets go. Find
the damping ratio, the overshoot, the settling time and the damped oscillation's frequency.

* $\sqrt{km} = \sqrt{25\,000 \cdot 350} \approx 2958$ kg/s; $\zeta = 1800/(2 \cdot 2958) \approx 0.304$.
* $M = e^{-\pi \cdot 0.304/\sqrt{1-0.304^2}} \approx 0.367$, that is 36.7 %: the body rises about
  $0.367 \cdot 50 \approx 18$ mm above its equilibrium.
* $\zeta\omega_0 = 0.304 \cdot 8.45 \approx 2.57$ 1/s, $t_s \approx 4/2.57 \approx 1.56$ s. The exact value read from
  the curve is 1.33 s: the estimate follows not the curve itself but only the factor $e^{-\zeta\omega_0 t}$ by which its
  swings die out, and between its peaks the curve is nearer to zero; so here the estimate errs on the safe side (it
  does so for $\zeta$ up to about 0.4).
* $f_d = 1.345\sqrt{1-0.304^2} \approx 1.28$ Hz."""),
        a.code("""m, k, c = 350, 25000, 1800
zeta = suspension.damping_ratio(c, k, m)
w0 = suspension.angular_frequency(k, m)
print(round(zeta, 3), round(suspension.overshoot(zeta) * 100, 1))
print(round(suspension.settling_estimate(zeta, w0), 2), round(suspension.settling_exact(k, c, m), 2))
print(round(suspension.damped_frequency(k, c, m), 2))""", role="example"),
        a.text(
            kk=r"""## 3. Резонанс

Жолда бірдей толқындар әр $L$ метр сайын қайталанса, $v$ жылдамдықпен жүрген дөңгелек секундына $v/L$ рет
көтеріледі: кузов $f = v/L$ жиілікпен еріксіз тербеледі. $f$ жиілігі $f_0$-ге жақындағанда әр толқын кузовты дәл
уақытында итереді де, тербеліс ең үлкен болады: бұл — **резонанс** (resonance). Демпфирлеу аз болса, ең үлкен
тербеліс $f_0$-ге өте жақын жиілікте, көп болса — сәл төменірек жиілікте. Резонанс жылдамдығы $v = f_0 L$. Дөңгелек
жолдың бетімен жүреді деп алсақ, $f = f_0$ кезінде кузов тербелісінің амплитудасы жол толқынының амплитудасынан
$\sqrt{1+4\zeta^2}/(2\zeta)$ есе үлкен.

**3-мысал.** Зауыттың сынақ жолында толқындар әр 10 м сайын қайталанады (ойдан алынған). Седан қандай
жылдамдықта резонансқа түседі? $v = f_0 L = 1{,}345 \cdot 10 \approx 13{,}45$ м/с, $13{,}45 \cdot 3{,}6 \approx 48{,}4$ км/сағ.
$\zeta = 0{,}304$ болса, кузов жол толқынынан 1,92 есе көп тербеледі, ал тозған амортизатормен ($\zeta = 0{,}1$) —
5,1 есе. Демпфирлеу аз болса, резонанста кузов қатты тербеледі, дөңгелектің жолға қысымы өзгеріп тұрады.""",
            ru=r"""## 3. Резонанс

Если на дороге одинаковые волны повторяются через каждые $L$ метров, колесо, едущее со скоростью $v$, поднимается
$v/L$ раз в секунду: кузов совершает вынужденные колебания с частотой $f = v/L$. Когда $f$ приближается к $f_0$,
каждая волна толкает кузов точно вовремя, и колебания становятся наибольшими: это **резонанс** (resonance). При
слабом демпфировании наибольшие колебания — практически при $f = f_0$, при сильном — на чуть меньшей частоте. Скорость
резонанса $v = f_0 L$. Если считать, что колесо следует за поверхностью дороги, при $f = f_0$ амплитуда колебаний
кузова в $\sqrt{1+4\zeta^2}/(2\zeta)$ раз больше амплитуды волны дороги.

**Пример 3.** На испытательной дороге завода волны повторяются через каждые 10 м (придумано для задачи). На какой
скорости седан входит в резонанс? $v = f_0 L = 1{,}345 \cdot 10 \approx 13{,}45$ м/с, $13{,}45 \cdot 3{,}6 \approx 48{,}4$ км/ч.
При $\zeta = 0{,}304$ кузов колеблется в 1,92 раза сильнее волны дороги, а с изношенным амортизатором ($\zeta = 0{,}1$) —
в 5,1 раза. При слабом демпфировании кузов в резонансе сильно раскачивается, и прижатие колеса к дороге всё время
меняется.""",
            en=r"""## 3. Resonance

If equal waves repeat every $L$ metres of the road, a wheel driving at $v$ is lifted $v/L$ times a second: the body
is driven to swing at the frequency $f = v/L$. As $f$ comes close to $f_0$, every wave pushes the body just in
time, and the swing grows largest: this is **resonance**. With little damping the largest swing is practically at
$f = f_0$, with more damping at a slightly lower frequency. The resonance speed is $v = f_0 L$. Taking the wheel to
follow the road's surface, at $f = f_0$ the body's amplitude is $\sqrt{1+4\zeta^2}/(2\zeta)$ times the road
wave's.

**Example 3.** On the plant's test road the waves repeat every 10 m (made up for the task). At what speed does the
sedan resonate? $v = f_0 L = 1.345 \cdot 10 \approx 13.45$ m/s, $13.45 \cdot 3.6 \approx 48.4$ km/h. With
$\zeta = 0.304$ the body swings 1.92 times as much as the road's wave, with a worn damper ($\zeta = 0.1$) 5.1 times.
With little damping the body swings hard at resonance, and the wheel's pressure on the road keeps changing."""),
        a.code("""f0 = suspension.natural_frequency(25000, 350)
v = suspension.resonance_speed(f0, 10)
print(round(v, 2), round(v * 3.6, 1))
for zeta in (suspension.damping_ratio(1800, 25000, 350), 0.1):
    print(round(zeta, 3), round(suspension.transmissibility(1, zeta), 2))""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Асқар былай дейді: «Амортизатор неғұрлым қатты болса, соғұрлым жақсы: $c = 6000$ Н·с/м болса, кузов асып кетпейді
және 0,71 с-та орнығады». Ол жартылай дұрыс: $\zeta \approx 1{,}01$, асып кету жоқ. Бірақ қатты амортизатор жолдың
ұсақ, жиі кедір-бұдырын кузовқа көбірек береді. Төмендегі ұяшық шамамен 4 Гц-тегі толқынды ($f/f_0 = 3$)
салыстырады: $\zeta \approx 0{,}3$ болса, кузов толқынның 0,25 бөлігімен, $\zeta \approx 1{,}01$ болса — 0,61 бөлігімен,
2,4 есе көп тербеледі. Жайлылық үшін де, қауіпсіздік үшін де амортизатор тым әлсіз де, тым қатты да болмауы керек.""",
            ru=r"""### Верно ли?

Аскар говорит: «Чем жёстче амортизатор, тем лучше: при $c = 6000$ Н·с/м кузов не проскакивает равновесие и
устанавливается за 0,71 с». Он прав лишь отчасти: $\zeta \approx 1{,}01$, перерегулирования нет. Но жёсткий
амортизатор сильнее передаёт кузову мелкие частые неровности. Ячейка ниже сравнивает волну около 4 Гц
($f/f_0 = 3$): при $\zeta \approx 0{,}3$ кузов колеблется с 0,25 амплитуды волны, при $\zeta \approx 1{,}01$ — с 0,61,
в 2,4 раза сильнее. И для комфорта, и для безопасности амортизатор не должен быть ни слишком слабым, ни слишком жёстким.""",
            en=r"""### Is it true?

Askar says: "The harder the damper, the better: with $c = 6000$ N·s/m the body does not swing past its equilibrium
and settles in 0.71 s." He is only partly right: $\zeta \approx 1.01$, there is no overshoot. But a hard damper
passes more of the road's small, quick bumps on to the body. The cell below compares a wave of about 4 Hz
($f/f_0 = 3$): with $\zeta \approx 0.3$ the body swings with 0.25 of the wave's amplitude, with $\zeta \approx 1.01$
with 0.61, 2.4 times as much. For comfort and for safety alike the damper must be neither too weak nor too hard."""),
        a.code("""for c in (1800, 6000):
    zeta = suspension.damping_ratio(c, 25000, 350)
    r = suspension.bounce(350, 25000, c)
    print(c, round(zeta, 2), round(r["overshoot"], 1), round(r["settling"], 2), round(suspension.transmissibility(3, zeta), 2))
print(round(3 * suspension.natural_frequency(25000, 350), 1))""", role="misconception"),
        a.predict(
            kk=r"""### Алдымен бағалаңыз

Жоба: зауыттың хэтчбегінің бір дөңгелегіне бос кезде кузов массасының 300 кг-ы, толық жүктелген кезде 400 кг-ы келеді.
Талаптар: бос автомобильдің меншікті жиілігі 1,5 Гц-тен аспайды, жүктелгеннікі 1 Гц-тен кем емес, жүктелген автомобильдің
асып кетуі 35 %-дан аспайды, бос автомобильдің демпфирлеу коэффициенті 0,5-тен аспайды (хэтчбек пен шектер ойдан
алынған, бірақ шынайыға ұқсас). Зертханада таңдамас бұрын бағалаңыз: $k = m(2\pi f_0)^2$, сондықтан
$k \le 300 \cdot (2\pi \cdot 1{,}5)^2 \approx 26\,600$ Н/м және $k \ge 400 \cdot (2\pi)^2 \approx 15\,800$ Н/м. Амортизаторды
қай жағдай төменнен шектейді, қайсысы жоғарыдан — бос па, жүктелген ме? Неге? Бағалауды сабақта жасаңыз, ал
зертханадағы таңдауды үйде аяқтаңыз.""",
            ru=r"""### Сначала оцените

Проект: на одно колесо хэтчбека завода приходится 300 кг массы кузова у пустого автомобиля и 400 кг у полностью
гружёного. Требования: собственная частота пустого автомобиля не больше 1,5 Гц, гружёного — не меньше 1 Гц,
перерегулирование гружёного не больше 35 %, коэффициент демпфирования пустого не больше 0,5 (хэтчбек и пределы
придуманы для задачи, но похожи на настоящие). Прежде чем выбирать в лаборатории, оцените: $k = m(2\pi f_0)^2$,
поэтому $k \le 300 \cdot (2\pi \cdot 1{,}5)^2 \approx 26\,600$ Н/м и $k \ge 400 \cdot (2\pi)^2 \approx 15\,800$ Н/м. Какой
случай ограничивает амортизатор снизу, а какой сверху — пустой или гружёный? Почему? Оценку сделайте на уроке, а
выбор в лаборатории закончите дома.""",
            en=r"""### Estimate first

The project: one wheel of the plant's hatchback carries 300 kg of the body's mass when the car is empty and 400 kg
when it is fully loaded. The requirements: the empty car's natural frequency at most 1.5 Hz, the loaded car's at
least 1 Hz, the loaded car's overshoot at most 35 %, the empty car's damping ratio at most 0.5 (the hatchback and
the limits are made up for the task, but they are like real ones). Before you choose in the lab, estimate:
$k = m(2\pi f_0)^2$, so $k \le 300 \cdot (2\pi \cdot 1.5)^2 \approx 26\,600$ N/m and
$k \ge 400 \cdot (2\pi)^2 \approx 15\,800$ N/m. Which case limits the damper from below and which from above, the
empty car or the loaded one? Why? Make the estimate in class, and finish the choice in the lab at home."""),
        a.design_lab("""design_lab = suspension.make_lab("hatchback")
design_lab"""),
        a.text(
            kk=r"""Үйде: серіппе мен амортизаторды төрт талап та орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз.
▶ арқылы бос және жүктелген кузовтың қозғалысын салыстырыңыз. Неге жүктелген автомобильдің асып кетуі үлкенірек?
($\zeta = c/(2\sqrt{km})$: $m$ артса, $\zeta$ кемиді.)""",
            ru=r"""Дома: подберите пружину и амортизатор так, чтобы выполнялись все четыре требования, и нажмите **Проверить проект**.
Сравните кнопкой ▶ движение пустого и гружёного кузова. Почему у гружёного автомобиля перерегулирование больше?
($\zeta = c/(2\sqrt{km})$: чем больше $m$, тем меньше $\zeta$.)""",
            en=r"""At home: choose the spring and the damper so that all four requirements hold, and press **Check the design**. Compare
the empty and the loaded body's motion with ▶. Why is the loaded car's overshoot larger? ($\zeta = c/(2\sqrt{km})$:
a larger $m$ means a smaller $\zeta$.)"""),
        a.summary(
            kk=r"""## Қорытынды

* **Амортизатор** тербелісті өшіреді; **демпфирлеу коэффициенті** $\zeta = c/(2\sqrt{km})$: $\zeta < 1$ болса,
  кузов тербеліп барып тынышталады; жеңіл автомобильдерде шамамен 0,2–0,4.
* **Асып кету** — кузов тепе-теңдіктен өтіп кететін ең үлкен ығысудың бастапқы ығысуға қатынасы:
  $e^{-\pi\zeta/\sqrt{1-\zeta^2}}$ (үлес; 100-ге көбейтсек — пайыз).
* **Орнығу уақыты** (2 %) шамамен $4/(\zeta\omega_0)$; дәл мәнін өлшенген қисықтан оқимыз.
* **Резонанс**: жол толқыны кузовты меншікті жиілікпен итерсе ($v = f_0 L$), тербеліс ең үлкен; әлсіз
  амортизатормен ол қауіпті. Тым қатты амортизатор ұсақ кедір-бұдырды кузовқа көбірек береді.""",
            ru=r"""## Итоги

* **Амортизатор** гасит колебания; **коэффициент демпфирования** $\zeta = c/(2\sqrt{km})$: при $\zeta < 1$ кузов
  колеблется и успокаивается; у легковых автомобилей примерно 0,2–0,4.
* **Перерегулирование** — отношение наибольшего выброса кузова за положение равновесия к начальному смещению:
  $e^{-\pi\zeta/\sqrt{1-\zeta^2}}$ (доля; умножив на 100, получим проценты).
* **Время установления** (2 %) примерно $4/(\zeta\omega_0)$; точное значение читаем по записанной кривой.
* **Резонанс**: если волна дороги толкает кузов с собственной частотой ($v = f_0 L$), колебания наибольшие; со слабым
  амортизатором это опасно. Слишком жёсткий амортизатор сильнее передаёт кузову мелкие неровности.""",
            en=r"""## Summary

* The **damper** takes the oscillation out; the **damping ratio** is $\zeta = c/(2\sqrt{km})$: with $\zeta < 1$ the body
  swings and comes to rest; passenger cars have about 0.2–0.4.
* The **overshoot** is the largest swing past the equilibrium over the initial displacement:
  $e^{-\pi\zeta/\sqrt{1-\zeta^2}}$ (a fraction; times 100 it is in percent).
* The **settling time** (2 %) is about $4/(\zeta\omega_0)$; its exact value is read from the recorded curve.
* **Resonance**: when the road's waves push the body at its natural frequency ($v = f_0 L$), the swing is largest;
  with a weak damper it is dangerous. A damper that is too hard passes more of the small bumps on to the body."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Неге амортизаторы тозған автомобиль кедір-бұдырдан кейін ұзақ тербеледі? $\zeta$ арқылы түсіндіріңіз.
2. Асқарға не айтар едіңіз?
3. Бүгін сізге не түсініксіз қалды?""",
            ru=r"""## Рефлексия

1. Почему автомобиль с изношенным амортизатором долго раскачивается после неровности? Объясните через $\zeta$.
2. Что бы вы сказали Аскару?
3. Что сегодня осталось для вас непонятным?""",
            en=r"""## Reflection

1. Why does a car with a worn damper keep swinging after a bump? Explain with $\zeta$.
2. What would you tell Askar?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import numpy as np
import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import suspension

# [kk] еркін түсу үдеуі, м/с²
# [ru] ускорение свободного падения, м/с²
# [en] the free-fall acceleration, m/s²
G = 9.81
# [kk] формулалардың әріптері; оларға сан бермеңіз
# [ru] буквы формул; не присваивайте им чисел
# [en] the letters of the formulas; do not give them numbers
k, m, c = sp.symbols("k m c", positive=True)"""

# the crossover of the assignment (fictional): a quarter of its body, its spring, its damper, the test road's waves
MASS, K_KN, DAMPER, WAVE = 380, 24, 2100, 12
K = K_KN * 1000


def _answers() -> dict[str, float]:
    """The assignment's answers, computed as the model computes them."""
    w0 = math.sqrt(K / MASS)
    f0 = w0 / (2 * math.pi)
    zeta = DAMPER / (2 * math.sqrt(K * MASS))
    return {"w0": w0, "f0": f0, "T": 1 / f0, "sag": MASS * 9.81 / K, "zeta": zeta,
            "M": math.exp(-math.pi * zeta / math.sqrt(1 - zeta * zeta)), "v": f0 * WAVE}


def _mistakes() -> dict[str, object]:
    """The anticipated mistakes whose messages both the self-checks and the hidden checks give."""
    k, m = sp.symbols("k m", positive=True)
    v = _answers()
    return {
        "T-inverted": rules.wrong_answer(2 * sp.pi * sp.sqrt(k / m), code="ratio-inverted", message={
            "kk": "k/m түбір астында төңкерілген: ауыр кузов баяу тербеледі, T = 2π√(m/k).",
            "ru": "Под корнем перевёрнуто k/m: тяжёлый кузов колеблется медленнее, T = 2π√(m/k).",
            "en": "k/m is upside down under the root: a heavier body swings more slowly, T = 2π√(m/k)."}),
        "T-frequency": rules.wrong_answer(sp.sqrt(k / m) / (2 * sp.pi), code="frequency-for-period", message={
            "kk": "Бұл — меншікті жиілік f₀, ал период T = 1/f₀.",
            "ru": "Это собственная частота f₀, а период T = 1/f₀.",
            "en": "That is the natural frequency f₀; the period is T = 1/f₀."}),
        "f-omega": rules.wrong_answer(v["w0"] * ureg.hertz, code="omega-for-f", message={
            "kk": "Бұл — циклдік жиілік ω₀ = √(k/m) (рад/с); f₀ = ω₀/(2π).",
            "ru": "Это циклическая частота ω₀ = √(k/m) (рад/с); f₀ = ω₀/(2π).",
            "en": "That is the angular frequency ω₀ = √(k/m) (rad/s); f₀ = ω₀/(2π)."}),
        "f-kN": rules.wrong_answer(math.sqrt(K_KN / MASS) / (2 * math.pi) * ureg.hertz, code="kN-as-N", message={
            "kk": "Қатаңдық кН/м-мен алынған: 24 кН/м = 24 000 Н/м.",
            "ru": "Жёсткость взята в кН/м: 24 кН/м = 24 000 Н/м.",
            "en": "The stiffness was taken in kN/m: 24 kN/m = 24 000 N/m."}),
        "sag-kN": rules.wrong_answer(MASS * 9.81 / K_KN * ureg.meter, code="kN-as-N", message={
            "kk": "Жауап 1000 есе үлкен: не қатаңдық кН/м-мен алынған (24 кН/м = 24 000 Н/м), не миллиметр метр деп жазылған.",
            "ru": "Ответ в 1000 раз больше: либо жёсткость взята в кН/м (24 кН/м = 24 000 Н/м), либо миллиметры записаны как метры.",
            "en": "The answer is 1000 times too large: either the stiffness was taken in kN/m (24 kN/m = 24 000 N/m) or millimetres were written as metres."}),
        "sag-mass": rules.wrong_answer(MASS / K * ureg.meter, code="mass-for-weight", message={
            "kk": "Серіппені масса емес, салмақ mg сығады: Δl = mg/k.",
            "ru": "Пружину сжимает не масса, а вес mg: Δl = mg/k.",
            "en": "Not the mass but the weight mg compresses the spring: Δl = mg/k."}),
        "zeta-no-root": rules.wrong_answer(DAMPER / (2 * K * MASS), code="root-forgotten", message={
            "kk": "Түбір ұмытылған: ζ = c/(2√(km)).",
            "ru": "Забыт корень: ζ = c/(2√(km)).",
            "en": "The square root was left out: ζ = c/(2√(km))."}),
        "zeta-beta": rules.wrong_answer(DAMPER / (2 * MASS), code="beta-for-zeta", message={
            "kk": "Бұл — өшу коэффициенті β = c/(2m) (1/с); демпфирлеу коэффициенті ζ = β/ω₀ = c/(2√(km)).",
            "ru": "Это коэффициент затухания β = c/(2m) (1/с); коэффициент демпфирования ζ = β/ω₀ = c/(2√(km)).",
            "en": "That is the damping coefficient β = c/(2m) (1/s); the damping ratio is ζ = β/ω₀ = c/(2√(km))."}),
        "zeta-no-2": rules.wrong_answer(DAMPER / math.sqrt(K * MASS), code="factor-forgotten", message={
            "kk": "Бөлімдегі 2 ұмытылған: ζ = c/(2√(km)).",
            "ru": "Забыта двойка в знаменателе: ζ = c/(2√(km)).",
            "en": "The 2 of the denominator was left out: ζ = c/(2√(km))."}),
        "M-percent": rules.wrong_answer(v["M"] * 100, code="percent-as-number", message={
            "kk": "Бұл сан пайызбен жазылған: үлесті (0 мен 1 арасында) немесе ureg.percent-пен жазыңыз.",
            "ru": "Это число в процентах: запишите долю (от 0 до 1) или с ureg.percent.",
            "en": "That number is in percent: write the fraction (between 0 and 1) or use ureg.percent."}),
        "M-no-root": rules.wrong_answer(math.exp(-math.pi * v["zeta"]), code="root-forgotten", message={
            "kk": "√(1 − ζ²) ұмытылған: M = e^(−πζ/√(1 − ζ²)).",
            "ru": "Забыт √(1 − ζ²): M = e^(−πζ/√(1 − ζ²)).",
            "en": "√(1 − ζ²) was left out: M = e^(−πζ/√(1 − ζ²))."}),
        "v-omega": rules.wrong_answer(v["w0"] * WAVE * ureg.meter / ureg.second, code="omega-for-f", message={
            "kk": "Дөңгелек секундына f = v/L рет көтеріледі: ω₀ емес, f₀ = ω₀/(2π) керек.",
            "ru": "Колесо поднимается f = v/L раз в секунду: нужна не ω₀, а f₀ = ω₀/(2π).",
            "en": "The wheel is lifted f = v/L times a second: it takes f₀ = ω₀/(2π), not ω₀."}),
        "v-period": rules.wrong_answer(WAVE / v["f0"] * ureg.meter / ureg.second, code="period-for-frequency", message={
            "kk": "f = v/L, сондықтан v = f₀L (немесе L/T), L/f₀ емес.",
            "ru": "f = v/L, поэтому v = f₀L (или L/T), а не L/f₀.",
            "en": "f = v/L, so v = f₀L (or L/T), not L/f₀."}),
    }


RULE_ANSWERS = {
    "T-inverted": "2 * sp.pi * sp.sqrt(k / m)", "T-frequency": "sp.sqrt(k / m) / (2 * sp.pi)",
    "f-omega": "math.sqrt(24000 / 380) * ureg.hertz", "f-kN": "math.sqrt(24 / 380) / (2 * math.pi) * ureg.hertz",
    "sag-kN": "380 * 9.81 / 24 * ureg.meter", "sag-mass": "380 / 24000 * ureg.meter",
    "zeta-no-root": "2100 / (2 * 24000 * 380)", "zeta-no-2": "2100 / math.sqrt(24000 * 380)",
    "zeta-beta": "2100 / (2 * 380)",
    "M-percent": "100 * math.exp(-math.pi * 2100 / (2 * math.sqrt(24000 * 380)) / math.sqrt(1 - (2100 / (2 * math.sqrt(24000 * 380)))**2))",
    "M-no-root": "math.exp(-math.pi * 2100 / (2 * math.sqrt(24000 * 380)))",
    "v-omega": "math.sqrt(24000 / 380) * 12 * ureg.meter / ureg.second",
    "v-period": "12 / (math.sqrt(24000 / 380) / (2 * math.pi)) * ureg.meter / ureg.second",
}


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    k, m = sp.symbols("k m", positive=True)
    r = _mistakes()
    v = _answers()
    return {
        "T_expr": fingerprint(2 * sp.pi * sp.sqrt(m / k), mistakes=[r["T-inverted"], r["T-frequency"]],
                              salt=salt("T_expr")),
        "f0": fingerprint(v["f0"] * ureg.hertz, rtol=0.01, mistakes=[r["f-omega"], r["f-kN"]], salt=salt("f0")),
        "sag": fingerprint(v["sag"] * ureg.meter, rtol=0.01, mistakes=[r["sag-kN"], r["sag-mass"]], salt=salt("sag")),
        "zeta": fingerprint(v["zeta"], rtol=0.01, mistakes=[r["zeta-no-root"], r["zeta-no-2"], r["zeta-beta"]], salt=salt("zeta")),
        "M": fingerprint(v["M"], rtol=0.01, mistakes=[r["M-percent"], r["M-no-root"]], salt=salt("M")),
        "v_res": fingerprint(v["v"] * ureg.meter / ureg.second, rtol=0.01, mistakes=[r["v-omega"], r["v-period"]],
                             salt=salt("v_res")),
    }


def _rule_source(name: str) -> str:
    """The hidden block's code for one anticipated mistake (the same message as the self-check's)."""
    rule = _mistakes()[name]
    message = rule.message  # type: ignore[attr-defined]
    score = f", score={rule.score}" if rule.score else ""  # type: ignore[attr-defined]
    return (f"rules.wrong_answer({RULE_ANSWERS[name]}, code={rule.code!r}{score}, message={{\n"  # type: ignore[attr-defined]
            f"        \"kk\": {message['kk']!r},\n        \"ru\": {message['ru']!r},\n        \"en\": {message['en']!r}}})")


def assignment(meta: object) -> object:
    token = _tokens()
    v = _answers()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk=r"""# Автомобиль аспасы: жиілік, өшу және резонанс

Зауыт жаңа кроссовердің аспасын тексереді: бір дөңгелегіне кузов массасының 380 кг-ы келеді, серіппенің қатаңдығы
24 кН/м, амортизатордың кедергі коэффициенті 2100 Н·с/м (кроссовер мен оның сандары ойдан алынған, бірақ шынайыға
ұқсас; шина қатты, кузов тек жоғары-төмен қозғалады деп аламыз). Бұл тапсырмада сіз тербеліс периодының
формуласын жазасыз, меншікті жиілікті, статикалық сығылуды, демпфирлеу коэффициентін, асып кетуді және резонанс
жылдамдығын есептейсіз, өлшенген қисықтан орнығу уақытын табатын функция жазасыз, зертханада аспаны жобалайсыз
және жайлы әрі қауіпсіз аспаны түсіндіресіз. Уақыты — 45 минут.""",
            ru=r"""# Подвеска автомобиля: частота, затухание и резонанс

Завод проверяет подвеску нового кроссовера: на одно колесо приходится 380 кг массы кузова, жёсткость пружины
24 кН/м, коэффициент сопротивления амортизатора 2100 Н·с/м (кроссовер и его числа придуманы для задачи, но похожи
на настоящие; шину считаем жёсткой, кузов движется только вверх и вниз). В этом задании вы запишете формулу периода
колебаний, вычислите собственную частоту, статический прогиб, коэффициент демпфирования, перерегулирование и
скорость резонанса, напишете функцию, находящую время установления по записанной кривой, спроектируете подвеску в
лаборатории и объясните, какая подвеска удобна и безопасна. Время — 45 минут.""",
            en=r"""# The car's suspension: frequency, damping and resonance

The plant checks the suspension of a new crossover: one wheel carries 380 kg of the body's mass, the spring's
stiffness is 24 kN/m, the damping coefficient is 2100 N·s/m (the crossover and its numbers are made up for the
task, but they are like real ones; we take the tyre as rigid and the body as moving only up and down). In this
assignment you write the formula of the period, compute the natural frequency, the static sag, the damping ratio,
the overshoot and the resonance speed, write a function that finds the settling time from a recorded curve, design
a suspension in the lab, and explain what makes a suspension comfortable and safe. Time: 45 minutes."""),
        a.formula(r"$$\omega_0 = \sqrt{\frac{k}{m}},\qquad f_0 = \frac{\omega_0}{2\pi},\qquad \Delta l = \frac{m g}{k},"
                  r"\qquad \zeta = \frac{c}{2\sqrt{k m}},\qquad M = e^{-\pi\zeta/\sqrt{1-\zeta^2}},\qquad v = f_0 L$$"),
        a.text(
            kk=r"""Белгілеулер: $m$ — кузов массасының бір дөңгелекке келетін бөлігі (кг), $k$ — серіппенің қатаңдығы (Н/м;
1 кН/м = 1000 Н/м), $c$ — амортизатордың кедергі коэффициенті (Н·с/м), $g = 9{,}81$ м/с² (бірінші код ұяшығындағы `G`),
$L$ — жол толқындарының арақашықтығы (м).

**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `5 * ureg.hertz`, `2 / ureg.second`,
`3 * ureg.meter`, `4 * ureg.millimeter`, `6 * ureg.kilometer / ureg.hour`. Бірінші код ұяшығындағы `k, m, c`
әріптеріне сан меншіктемеңіз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru=r"""Обозначения: $m$ — часть массы кузова, приходящаяся на одно колесо (кг), $k$ — жёсткость пружины (Н/м;
1 кН/м = 1000 Н/м), $c$ — коэффициент сопротивления амортизатора (Н·с/м), $g = 9{,}81$ м/с² (`G` в первой ячейке кода),
$L$ — расстояние между волнами дороги (м).

**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `5 * ureg.hertz`,
`2 / ureg.second`, `3 * ureg.meter`, `4 * ureg.millimeter`, `6 * ureg.kilometer / ureg.hour`. Не присваивайте числа
буквам `k, m, c` из первой ячейки кода. Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа.""",
            en=r"""Notation: $m$ is the part of the body's mass on one wheel (kg), $k$ the spring stiffness (N/m;
1 kN/m = 1000 N/m), $c$ the damping coefficient (N·s/m), $g = 9.81$ m/s² (`G` in the first code cell), $L$ the
distance between the road's waves (m).

**How to write answers.** Write a quantity with a unit through `ureg`: `5 * ureg.hertz`, `2 / ureg.second`,
`3 * ureg.meter`, `4 * ureg.millimeter`, `6 * ureg.kilometer / ureg.hour`. Do not assign numbers to the letters
`k, m, c` of the first code cell. Run the test cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Серіппедегі кузов", ru="## Часть А. Кузов на пружине", en="## Part A. The body on its spring"),
        a.task(1, 1, "A",
               kk=r"""Массасы $m$ кузов қатаңдығы $k$ серіппеде амортизаторсыз тербеледі. Тербеліс периодын `T_expr` деп бірінші код
ұяшығындағы `k` мен `m` әріптерінен sympy өрнегі түрінде жазыңыз ($\pi$ — `sp.pi`, түбір — `sp.sqrt`; түрінің
мысалы, жауап емес: `T_expr = sp.pi * m / k`).""",
               ru=r"""Кузов массой $m$ колеблется на пружине жёсткостью $k$ без амортизатора. Запишите период колебаний `T_expr`
выражением sympy из букв `k` и `m` первой ячейки кода ($\pi$ — `sp.pi`, корень — `sp.sqrt`; пример формы, не ответ:
`T_expr = sp.pi * m / k`).""",
               en=r"""A body of mass $m$ swings on a spring of stiffness $k$ without a damper. Write the period of its oscillation
as `T_expr`, a sympy expression of the letters `k` and `m` of the first code cell ($\pi$ is `sp.pi`, the square root
`sp.sqrt`; an example of the form, not the answer: `T_expr = sp.pi * m / k`)."""),
        a.answer("period-formula", "T_expr = 2 * sp.pi * sp.sqrt(m / k)", hint={
            "kk": "T_expr = ...  (k, m әріптерінен sympy өрнегі)",
            "ru": "T_expr = ...  (выражение sympy из букв k, m)",
            "en": "T_expr = ...  (a sympy expression of k, m)"}),
        a.tests("period-formula-test", 1, public=f"""assert isinstance(T_expr, sp.Expr), pick({{"kk": "T_expr — k, m әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "T_expr должно быть выражением sympy из букв k, m.", "en": "T_expr should be a sympy expression made of k, m."}})
advise(self_check(T_expr, "{token['T_expr']}"))""", hidden=f"""from curriculum.check import rules
require(compare(T_expr, "2*pi*sqrt(m/k)", rules=[
    {_rule_source("T-inverted")},
    {_rule_source("T-frequency")}]))"""),

        a.task(2, 2, "A",
               kk=r"""Кроссовер кузовының меншікті жиілігі қанша ($m = 380$ кг, $k = 24$ кН/м)? `f0` жиілігін герцпен немесе 1/с-пен
жазыңыз (`ureg.hertz`, `1 / ureg.second`); 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru=r"""Какова собственная частота кузова кроссовера ($m = 380$ кг, $k = 24$ кН/м)? Запишите частоту `f0` в герцах
или в 1/с (`ureg.hertz`, `1 / ureg.second`); принимается ответ с точностью до 1 %.""",
               en=r"""What is the natural frequency of the crossover's body ($m = 380$ kg, $k = 24$ kN/m)? Write the frequency `f0`
in hertz or in 1/s (`ureg.hertz`, `1 / ureg.second`); an answer within 1 % is accepted."""),
        a.answer("natural-frequency", "f0 = math.sqrt(24000 / 380) / (2 * math.pi) * ureg.hertz",
                 before="# f0 = ... * ureg.hertz"),
        a.tests("natural-frequency-test", 2, public=f"""require(compare(f0, "Hz", mode="dimension"))
advise(self_check(f0, "{token['f0']}"))""", hidden=f"""from curriculum.check import rules
require(compare(f0, "{v['f0']!r} Hz", mode="units", rtol=0.01, rules=[
    {_rule_source("f-omega")},
    {_rule_source("f-kN")}]), points=2)"""),

        a.task(3, 1, "A",
               kk=r"""Кузовтың салмағынан серіппе қаншаға сығылады (статикалық сығылу)? `sag` ұзындығын метрмен, сантиметрмен
немесе миллиметрмен жазыңыз (`ureg.meter`, `ureg.centimeter`, `ureg.millimeter`); 1 % дәлдікпен есептелген жауап
қабылданады.""",
               ru=r"""На сколько вес кузова сжимает пружину (статический прогиб)? Запишите длину `sag` в метрах, сантиметрах или
миллиметрах (`ureg.meter`, `ureg.centimeter`, `ureg.millimeter`); принимается ответ с точностью до 1 %.""",
               en=r"""By how much does the body's weight compress the spring (the static sag)? Write the length `sag` in metres,
centimetres or millimetres (`ureg.meter`, `ureg.centimeter`, `ureg.millimeter`); an answer within 1 % is accepted."""),
        a.answer("static-sag", "sag = 380 * G / 24000 * ureg.meter", before="# sag = ... * ureg.meter"),
        a.tests("static-sag-test", 1, public=f"""require(compare(sag, "m", mode="dimension"))
advise(self_check(abs(sag), "{token['sag']}"))""", hidden=f"""from curriculum.check import rules
require(compare(abs(sag), "{v['sag']!r} m", mode="units", rtol=0.01, rules=[
    {_rule_source("sag-kN")},
    {_rule_source("sag-mass")}]))"""),

        a.text(kk="## Ә бөлім. Амортизатор және резонанс", ru="## Часть Б. Амортизатор и резонанс",
               en="## Part B. The damper and resonance"),
        a.task(4, 1, "B",
               kk=r"""Кроссовер аспасының демпфирлеу коэффициенті $\zeta$ қанша ($c = 2100$ Н·с/м)? `zeta` деп өлшем бірлігінсіз сан
жазыңыз; 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru=r"""Каков коэффициент демпфирования $\zeta$ подвески кроссовера ($c = 2100$ Н·с/м)? Запишите `zeta` числом без
единицы измерения; принимается ответ с точностью до 1 %.""",
               en=r"""What is the damping ratio $\zeta$ of the crossover's suspension ($c = 2100$ N·s/m)? Write `zeta` as a number
without a unit; an answer within 1 % is accepted."""),
        a.answer("damping-ratio", "zeta = 2100 / (2 * math.sqrt(24000 * 380))", before="# zeta = ..."),
        a.tests("damping-ratio-test", 1, public=f"""assert not isinstance(zeta, sp.Basic), pick({{"kk": "zeta — сан болуы керек, sympy өрнегі емес.", "ru": "zeta должно быть числом, а не выражением sympy.", "en": "zeta should be a number, not a sympy expression."}})
advise(self_check(zeta, "{token['zeta']}"))""", hidden=f"""from curriculum.check import rules
require(compare(zeta, {v['zeta']!r}, mode="numeric", rtol=0.01, rules=[
    {_rule_source("zeta-no-root")},
    {_rule_source("zeta-no-2")},
    {_rule_source("zeta-beta")}]))"""),

        a.task(5, 2, "B",
               kk=r"""Стенд кроссовердің кузовын 50 мм басып, босатады. Асып кету $M$ қанша? `M` деп үлесті (0 мен 1 арасындағы сан,
мысалы `M = 0.5` — жауап емес) немесе пайызды (`M = 50 * ureg.percent` — жауап емес) жазыңыз; 1 % дәлдікпен есептелген
жауап қабылданады. Пайызды `ureg.percent`-сіз жазбаңыз.""",
               ru=r"""Стенд нажимает на кузов кроссовера на 50 мм и отпускает. Каково перерегулирование $M$? Запишите `M` долей
(число от 0 до 1, например `M = 0.5` — не ответ) или в процентах (`M = 50 * ureg.percent` — не ответ); принимается
ответ с точностью до 1 %. Не записывайте проценты без `ureg.percent`.""",
               en=r"""The rig pushes the crossover's body down by 50 mm and lets go. What is the overshoot $M$? Write `M` as a
fraction (a number from 0 to 1, for example `M = 0.5`, not the answer) or in percent (`M = 50 * ureg.percent`, not
the answer); an answer within 1 % is accepted. Do not write percent without `ureg.percent`."""),
        a.answer("overshoot", "M = math.exp(-math.pi * zeta / math.sqrt(1 - zeta**2))", before="# M = ..."),
        a.tests("overshoot-test", 2, public=f"""assert isinstance(M, (int, float, np.floating)) and not isinstance(M, bool) or isinstance(M, ureg.Quantity) and M.dimensionless, pick({{"kk": "M — өлшем бірлігі жоқ сан (үлес) немесе ureg.percent-пен жазылған шама болуы керек. Миллиметрмен табылған асып кетуді бастапқы ығысуға (50 мм) бөліңіз.", "ru": "M должно быть числом без единицы измерения (долей) или величиной с ureg.percent. Выброс в миллиметрах разделите на начальное смещение (50 мм).", "en": "M should be a number without a unit (a fraction) or a quantity with ureg.percent. Divide an overshoot found in millimetres by the initial displacement (50 mm)."}})
advise(self_check(ureg.Quantity(M).to("").magnitude, "{token['M']}"))""", hidden=f"""from curriculum.check import rules
require(compare(M, {v['M']!r}, mode="numeric", rtol=0.01, rules=[
    {_rule_source("M-percent")},
    {_rule_source("M-no-root")}]), points=2)"""),

        a.task(6, 2, "B",
               kk=r"""Зауыттың сынақ жолында толқындар әр 12 м сайын қайталанады (ойдан алынған). Кроссовердің кузовы қандай
жылдамдықта резонансқа түседі? `v_res` жылдамдығын км/сағ-пен немесе м/с-пен жазыңыз (`ureg.kilometer / ureg.hour`,
`ureg.meter / ureg.second`); 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru=r"""На испытательной дороге завода волны повторяются через каждые 12 м (придумано для задачи). На какой скорости
кузов кроссовера входит в резонанс? Запишите скорость `v_res` в км/ч или в м/с (`ureg.kilometer / ureg.hour`,
`ureg.meter / ureg.second`); принимается ответ с точностью до 1 %.""",
               en=r"""On the plant's test road the waves repeat every 12 m (made up for the task). At what speed does the crossover's
body resonate? Write the speed `v_res` in km/h or in m/s (`ureg.kilometer / ureg.hour`, `ureg.meter / ureg.second`);
an answer within 1 % is accepted."""),
        a.answer("resonance-speed", "v_res = math.sqrt(24000 / 380) / (2 * math.pi) * 12 * ureg.meter / ureg.second",
                 before="# v_res = ... * ureg.kilometer / ureg.hour"),
        a.tests("resonance-speed-test", 2, public=f"""require(compare(v_res, "m/s", mode="dimension"))
advise(self_check(v_res, "{token['v_res']}"))""", hidden=f"""from curriculum.check import rules
require(compare(v_res, "{v['v']!r} m/s", mode="units", rtol=0.01, rules=[
    {_rule_source("v-omega")},
    {_rule_source("v-period")}]), points=2)"""),

        a.task(7, 2, "B",
               kk=r"""Стенд кузовтың ығысуын тең уақыт аралықтарымен жазады. `settling_time(t, x)` функциясын жазыңыз: `t` — уақыттар
тізімі (с), `x` — кузовтың тепе-теңдіктен ығысулары (`x[0]` — стенд басқан бастапқы ығысу); ол орнығу уақытын
қайтарсын — $|x| \le 0{,}02\,|x_0|$ шарты сол сәттен бастап тізімнің соңына дейін орындалатын ең бірінші `t` мәні.
Өлшенген қисық 2 % аралығының ішінде аяқталады. Мысалы,
`settling_time([0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0], [-50, 18, -6, 0.8, 2, 0.5, -1.5, 0.3, 0.1])` нәтижесі
`3.5`: 1,5 с кезінде кузов 2 % аралығына кіреді, бірақ 2 с және 3 с кезінде одан қайта шығады.""",
               ru=r"""Стенд записывает смещение кузова через равные промежутки времени. Напишите функцию `settling_time(t, x)`:
`t` — список моментов времени (с), `x` — смещения кузова от равновесия (`x[0]` — начальное смещение, на которое нажал
стенд); она возвращает время установления — первое значение `t`, начиная с которого до конца списка выполняется
$|x| \le 0{,}02\,|x_0|$. Записанная кривая заканчивается внутри полосы 2 %. Например,
`settling_time([0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0], [-50, 18, -6, 0.8, 2, 0.5, -1.5, 0.3, 0.1])` даёт
`3.5`: в 1,5 с кузов входит в полосу 2 %, но в 2 с и 3 с снова выходит из неё.""",
               en=r"""The rig records the body's displacement at equal time steps. Write the function `settling_time(t, x)`: `t` is
the list of times (s), `x` the body's displacements from its equilibrium (`x[0]` is the initial displacement the rig
pushed it to); it returns the settling time, the first value of `t` from which $|x| \le 0.02\,|x_0|$ holds to the end
of the list. The recorded curve ends inside the 2 % band. For example,
`settling_time([0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0], [-50, 18, -6, 0.8, 2, 0.5, -1.5, 0.3, 0.1])` gives
`3.5`: at 1.5 s the body enters the 2 % band, but at 2 s and 3 s it leaves it again."""),
        a.answer("settling-function", """def settling_time(t, x):
    limit = 0.02 * abs(x[0])
    last = 0
    for i in range(len(x)):
        if abs(x[i]) > limit:
            last = i
    return t[last + 1]""", hint={
            "kk": "def settling_time(t, x): ... орнығу уақыты, с",
            "ru": "def settling_time(t, x): ... время установления, с",
            "en": "def settling_time(t, x): ... the settling time, s"}),
        a.tests("settling-function-test", 2, public="""assert callable(settling_time), pick({"kk": "settling_time — функция болуы керек (def settling_time(t, x): ...).", "ru": "settling_time должна быть функцией (def settling_time(t, x): ...).", "en": "settling_time should be a function (def settling_time(t, x): ...)."})
from curriculum.check import rules
require(compare(settling_time([0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0], [-50, 18, -6, 0.8, 2, 0.5, -1.5, 0.3, 0.1]), 3.5, mode="numeric", rtol=1e-6, rules=[
    rules.wrong_answer(1.5, code="first-inside", message=lambda: pick({"kk": "1,5 с — кузов 2 % аралығына бірінші рет кірген сәт; ол 2 с және 3 с кезінде қайта шығады. Орнығу уақыты — кузов содан бастап аралықтан шықпайтын сәт.", "ru": "1,5 с — момент, когда кузов впервые вошёл в полосу 2 %; в 2 с и 3 с он снова выходит. Время установления — момент, с которого кузов уже не выходит из полосы.", "en": "1.5 s is when the body first enters the 2 % band; at 2 s and 3 s it leaves it again. The settling time is the moment from which it stays inside."})),
    rules.wrong_answer(3.0, code="last-outside", message=lambda: pick({"kk": "3 с — кузов аралықтан тыс болған соңғы сәт; орнығу уақыты — одан кейінгі өлшеу.", "ru": "3 с — последний момент вне полосы; время установления — следующий за ним отсчёт.", "en": "3 s is the last sample outside the band; the settling time is the sample after it."})),
    rules.wrong_answer(2.5, code="abs-forgotten", message=lambda: pick({"kk": "Тепе-теңдіктен төмен ығысу да есептеледі: |x| салыстырыңыз (3 с кезіндегі −1,5 аралықтан тыс).", "ru": "Смещение ниже равновесия тоже считается: сравнивайте |x| (−1,5 в 3 с — вне полосы).", "en": "A displacement below the equilibrium counts too: compare |x| (−1.5 at 3 s is outside the band)."})),
    rules.wrong_answer(7, code="index-for-time", message=lambda: pick({"kk": "Бұл — тізімдегі нөмір; функция уақытты, t[...] мәнін қайтаруы керек.", "ru": "Это номер в списке; функция должна возвращать время, значение t[...].", "en": "That is a position in the list; the function should return the time, a value of t[...]."}))]))""",
                hidden="""def _curve(k_, c_, m_, x0_):
    times = [round(0.01 * i, 2) for i in range(801)]
    return times, [float(value) for value in suspension.response(np.array(times), k_, c_, m_, -x0_)]
require(check_function(settling_time, suspension.settling_time, rtol=1e-9, inputs=[
    _curve(24000, 2100, 380, -0.05), _curve(25000, 1800, 350, -0.05), _curve(18000, 900, 300, -0.04),
    _curve(30000, 3000, 420, 0.03), _curve(16000, 2600, 400, -0.05), _curve(35000, 5000, 260, -0.02),
    _curve(22000, 1300, 450, 0.06), _curve(28000, 6000, 300, -0.05),
    ([0, 0.5, 1.0, 1.5, 2.0], [-50, 12, -3, 0.5, 0.2]), ([0, 1, 2, 3], [40, -10, 0.8, -0.1]),
    ([0.0, 0.2, 0.4, 0.6, 0.8, 1.0], [-20, -5, 0.3, 0.5, -0.2, 0.1]), ([0, 1, 2], [-10, -0.1, 0.0])]))"""),

        a.text(kk="## Б бөлім. Аспаны жобалау", ru="## Часть В. Проект подвески", en="## Part C. Designing the suspension"),
        a.task(8, 2, "C",
               kk=r"""Зауыттың хэтчбегінің бір дөңгелегіне бос кезде 300 кг, толық жүктелген кезде 400 кг келеді. Бос автомобильдің
меншікті жиілігі 1,5 Гц-тен аспауы, жүктелгеннікі 1 Гц-тен кем болмауы, жүктелген автомобильдің асып кетуі 35 %-дан
аспауы, бос автомобильдің демпфирлеу коэффициенті 0,5-тен аспауы керек. Зертханада серіппе мен амортизаторды
таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына
көшіріңіз.""",
               ru=r"""На одно колесо хэтчбека завода приходится 300 кг у пустого автомобиля и 400 кг у полностью гружёного.
Собственная частота пустого автомобиля должна быть не больше 1,5 Гц, гружёного — не меньше 1 Гц, перерегулирование
гружёного — не больше 35 %, коэффициент демпфирования пустого — не больше 0,5. Подберите в лаборатории пружину и
амортизатор, нажмите **Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает
лаборатория.""",
               en=r"""One wheel of the plant's hatchback carries 300 kg when the car is empty and 400 kg when it is fully loaded.
The empty car's natural frequency must be at most 1.5 Hz, the loaded car's at least 1 Hz, the loaded car's overshoot
at most 35 %, and the empty car's damping ratio at most 0.5. Choose the spring and the damper in the lab, press
**Check the design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""suspension.make_lab("hatchback")"""),
        a.answer("design", "design = {'k': 20000, 'c': 2000}", before="# design = {'k': ..., 'c': ...}"),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and "k" in design and "c" in design, pick({"kk": "design = {'k': ..., 'c': ...} (зертхана көрсететін жол)", "ru": "design = {'k': ..., 'c': ...} (строка, которую показывает лаборатория)", "en": "design = {'k': ..., 'c': ...} (the line the lab shows)"})
advise(check_design(design, suspension.DESIGN_SPEC, model=suspension.design_result))""",
                hidden="""require(check_design(design, suspension.DESIGN_SPEC, model=suspension.design_result))"""),

        a.task(9, 3, "C", locked_id="suspension-explain-prompt",
               kk=r"""Ерлан былай дейді: «Аспа неғұрлым жұмсақ болса, соғұрлым жайлы. Сондықтан кроссоверге жұмсақ серіппе
($k = 12$ кН/м) және әлсіз амортизатор ($c = 600$ Н·с/м) қояйық». Кроссовер үшін ($m = 380$ кг) осы аспаның меншікті
жиілігін, статикалық сығылуын, демпфирлеу коэффициентін және асып кетуін есептеп, 24 кН/м мен 2100 Н·с/м аспамен
салыстырыңыз. Жұмсақ серіппе неге жайлырақ, бірақ тым жұмсақ серіппенің қандай кемшілігі бар? Тым әлсіз амортизатор
неге қауіпті? Әр 12 м сайын толқыны бар жолда резонанс не істейді? Жауапты төмендегі ұяшыққа сөзбен және
есептеулермен жазыңыз.""",
               ru=r"""Ерлан говорит: «Чем мягче подвеска, тем удобнее. Поставим на кроссовер мягкую пружину ($k = 12$ кН/м) и
слабый амортизатор ($c = 600$ Н·с/м)». Для кроссовера ($m = 380$ кг) вычислите собственную частоту, статический
прогиб, коэффициент демпфирования и перерегулирование такой подвески и сравните с подвеской 24 кН/м и 2100 Н·с/м.
Почему мягкая пружина удобнее, но в чём недостаток слишком мягкой? Почему слишком слабый амортизатор опасен? Что
делает резонанс на дороге с волнами через каждые 12 м? Напишите ответ словами и с вычислениями в ячейке ниже.""",
               en=r"""Yerlan says: "The softer the suspension, the more comfortable. Let's give the crossover a soft spring
($k = 12$ kN/m) and a weak damper ($c = 600$ N·s/m)." For the crossover ($m = 380$ kg) compute this suspension's
natural frequency, static sag, damping ratio and overshoot, and compare them with the suspension of 24 kN/m and
2100 N·s/m. Why is a softer spring more comfortable, and what is wrong with one that is too soft? Why is a damper
that is too weak dangerous? What does resonance do on a road with waves every 12 m? Write your answer in words and
with calculations in the cell below.""",
               rubric={
                   "kk": r"""* 1 ұпай: Ерланның аспасы: $f_0 = \sqrt{12\,000/380}/(2\pi) \approx 0{,}89$ Гц, $\Delta l = 380 \cdot 9{,}81/12\,000 \approx 0{,}31$ м,
  $\zeta = 600/(2\sqrt{12\,000 \cdot 380}) \approx 0{,}14$, асып кету $\approx 64$ %; зауыттың аспасы: $\approx 1{,}26$ Гц, $\approx 0{,}155$ м, $\zeta \approx 0{,}35$, $\approx 31$ %.
* 1 ұпай: жұмсақ серіппе меншікті жиілікті төмендетеді, кузов кедір-бұдырды баяу, жұмсақ қабылдайды (жайлы аралық шамамен 1–1,5 Гц);
  бірақ тым жұмсақ серіппе 1 Гц-тен төмен, кузов көп шөгеді ($\approx 31$ см — жүріс қоры жетпейді) және қатты тербеледі.
* 1 ұпай: әлсіз амортизатормен кузов көп асып кетеді, ұзақ тербеледі; резонанста ($v = f_0 L$: Ерланның аспасымен $\approx 10{,}7$ м/с $\approx 38{,}6$ км/сағ)
  кузовтың тербелісі жол толқынынан $\sqrt{1+4\zeta^2}/(2\zeta) \approx 3{,}7$ есе үлкен, дөңгелектің жолға қысымы өзгеріп, автомобильді басқару қиындайды.""",
                   "ru": r"""* 1 балл: подвеска Ерлана: $f_0 = \sqrt{12\,000/380}/(2\pi) \approx 0{,}89$ Гц, $\Delta l = 380 \cdot 9{,}81/12\,000 \approx 0{,}31$ м,
  $\zeta = 600/(2\sqrt{12\,000 \cdot 380}) \approx 0{,}14$, перерегулирование $\approx 64$ %; подвеска завода: $\approx 1{,}26$ Гц, $\approx 0{,}155$ м, $\zeta \approx 0{,}35$, $\approx 31$ %.
* 1 балл: мягкая пружина снижает собственную частоту, кузов принимает неровности медленно и мягко (полоса комфорта около 1–1,5 Гц);
  но слишком мягкая пружина даёт меньше 1 Гц, большой прогиб ($\approx 31$ см — не хватит хода подвески) и сильное раскачивание.
* 1 балл: со слабым амортизатором кузов сильно проскакивает равновесие и долго колеблется; в резонансе ($v = f_0 L$: у подвески Ерлана $\approx 10{,}7$ м/с $\approx 38{,}6$ км/ч)
  колебания кузова в $\sqrt{1+4\zeta^2}/(2\zeta) \approx 3{,}7$ раза больше волны дороги, прижатие колеса к дороге меняется, управлять автомобилем труднее.""",
                   "en": r"""* 1 point: Yerlan's suspension: $f_0 = \sqrt{12\,000/380}/(2\pi) \approx 0.89$ Hz, $\Delta l = 380 \cdot 9.81/12\,000 \approx 0.31$ m,
  $\zeta = 600/(2\sqrt{12\,000 \cdot 380}) \approx 0.14$, an overshoot of $\approx 64$ %; the plant's: $\approx 1.26$ Hz, $\approx 0.155$ m, $\zeta \approx 0.35$, $\approx 31$ %.
* 1 point: a softer spring lowers the natural frequency, the body takes the bumps slowly and gently (the comfort band is about 1–1.5 Hz);
  but a spring that is too soft gives less than 1 Hz, a large sag ($\approx 31$ cm, more than the suspension's travel leaves) and a body that sways a lot.
* 1 point: with a weak damper the body swings far past its equilibrium and for long; at resonance ($v = f_0 L$: with Yerlan's suspension $\approx 10.7$ m/s $\approx 38.6$ km/h)
  the body swings $\sqrt{1+4\zeta^2}/(2\zeta) \approx 3.7$ times as much as the road's wave, the wheel's pressure on the road keeps changing, and the car is harder to control."""}),
        a.written("suspension-explain", 3, r"""**Model answer (en).** Yerlan's suspension has $f_0 = \sqrt{12\,000/380}/(2\pi) \approx 0.89$ Hz, a
static sag of $380 \cdot 9.81/12\,000 \approx 0.31$ m, $\zeta = 600/(2\sqrt{12\,000 \cdot 380}) \approx 0.14$ and an
overshoot of about 64 %. The plant's suspension has $f_0 \approx 1.26$ Hz, a sag of $\approx 0.155$ m,
$\zeta \approx 0.35$ and an overshoot of about 31 %. A softer spring lowers the natural frequency, so the body
follows the bumps slowly and gently: that is why it is more comfortable, up to the comfort band of about 1–1.5 Hz.
Below 1 Hz the body sways a lot and sags by about 31 cm under its own weight, more than the suspension's travel
leaves. A damper that is too weak lets the body swing far past its equilibrium and keep swinging; at resonance,
$v = f_0 L \approx 10.7$ m/s $\approx 38.6$ km/h on the road with waves every 12 m, the body swings about 3.7 times as
much as the road's wave, the wheel's pressure on the road keeps changing, and the car is harder to steer and to
brake. So Yerlan is right about the spring only within the comfort band, and wrong about the damper.

**Үлгі жауап (kk).** Ерланның аспасында $f_0 = \sqrt{12\,000/380}/(2\pi) \approx 0{,}89$ Гц, статикалық сығылу
$380 \cdot 9{,}81/12\,000 \approx 0{,}31$ м, $\zeta = 600/(2\sqrt{12\,000 \cdot 380}) \approx 0{,}14$, асып кету шамамен 64 %.
Зауыттың аспасында $f_0 \approx 1{,}26$ Гц, сығылу $\approx 0{,}155$ м, $\zeta \approx 0{,}35$, асып кету шамамен 31 %. Жұмсақ
серіппе меншікті жиілікті төмендетеді, кузов кедір-бұдырға баяу, жұмсақ ілеседі: сондықтан ол жайлырақ, бірақ тек
шамамен 1–1,5 Гц жайлылық аралығына дейін. 1 Гц-тен төмен кузов қатты тербеледі және өз салмағынан шамамен 31 см
шөгеді — аспаның жүріс қорынан көп. Тым әлсіз амортизатормен кузов тепе-теңдіктен алыс асып кетіп, ұзақ тербеледі;
әр 12 м сайын толқыны бар жолда резонанста, $v = f_0 L \approx 10{,}7$ м/с $\approx 38{,}6$ км/сағ жылдамдықта, кузов жол
толқынынан шамамен 3,7 есе көп тербеледі, дөңгелектің жолға қысымы өзгеріп тұрады, автомобильді басқару мен тежеу
қиындайды. Демек Ерлан серіппе туралы тек жайлылық аралығында дұрыс, ал амортизатор туралы қателеседі.

**Образец ответа (ru).** У подвески Ерлана $f_0 = \sqrt{12\,000/380}/(2\pi) \approx 0{,}89$ Гц, статический прогиб
$380 \cdot 9{,}81/12\,000 \approx 0{,}31$ м, $\zeta = 600/(2\sqrt{12\,000 \cdot 380}) \approx 0{,}14$, перерегулирование около
64 %. У подвески завода $f_0 \approx 1{,}26$ Гц, прогиб $\approx 0{,}155$ м, $\zeta \approx 0{,}35$, перерегулирование около
31 %. Мягкая пружина снижает собственную частоту, и кузов следует за неровностями медленно и мягко: поэтому она
удобнее, но только до полосы комфорта около 1–1,5 Гц. Ниже 1 Гц кузов сильно раскачивается и проседает под своим
весом примерно на 31 см — больше, чем позволяет ход подвески. Со слишком слабым амортизатором кузов далеко
проскакивает равновесие и долго колеблется; в резонансе на дороге с волнами через каждые 12 м, при
$v = f_0 L \approx 10{,}7$ м/с $\approx 38{,}6$ км/ч, кузов колеблется примерно в 3,7 раза сильнее волны дороги, прижатие
колеса к дороге всё время меняется, автомобилем труднее управлять и тормозить. Значит, Ерлан прав насчёт пружины
только в пределах полосы комфорта и ошибается насчёт амортизатора."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "suspension.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
