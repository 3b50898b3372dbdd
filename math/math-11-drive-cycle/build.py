"""Writes math-11-drive-cycle's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python math/math-11-drive-cycle/build.py
    .venv/bin/python -m curriculum release

(``tests/test_standard.py`` checks that the committed notebooks are what this writes). Every number a student sees
is a given of the ECE-15 cycle, the cars and the track in ``module.yml``'s context or comes from the lab's model
(``curriculum.labs.drive_cycle``); the module's test (``tests/modules/test_math_11_drive_cycle.py``) pins each one to
the model.
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
MODULE = "math-11-drive-cycle"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """import sympy as sp
from curriculum.i18n import pick
from curriculum.labs import drive_cycle"""


# -- lesson 1: the distance is the area; the antiderivative and the definite integral ---------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Жүріс циклі, 1-сабақ. Орнында тұрған автомобиль қанша жол жүреді?

Зауыттың жаңа автомобилінің отын шығыны мен шығарындылары роликті стендте өлшенеді: автомобиль орнында тұрады,
ал оның дөңгелектері роликтерді айналдырады. Жүргізуші ережеде берілген жылдамдық графигін қайталайды — бұл
**жүріс циклі** (drive cycle). Ұзақ жылдар бойы Еуропада NEDC циклі қолданылды, оның қалалық бөлігі 195 секундтық
ECE-15 циклін төрт рет қайталайды (бүгін оның орнына WLTP қолданылады). Инженер сұрайды: бір ECE-15 циклінде
автомобиль «қанша метр жүреді»? Жылдамдық үнемі өзгереді, сондықтан «жылдамдық × уақыт» жарамайды. Бұл сабақта жол
жылдамдық графигінің астындағы аудан екенін және оны интегралмен қалай табатынын көреміз.""",
            ru=r"""# Ездовой цикл, урок 1. Какой путь проходит автомобиль, который стоит на месте?

Расход топлива и выбросы нового автомобиля завода измеряют на роликовом стенде: автомобиль стоит на месте, а его
колёса вращают ролики. Водитель повторяет график скорости, заданный правилами, — это **ездовой цикл**. Много лет в
Европе применяли цикл NEDC, его городская часть четыре раза повторяет цикл ECE-15 длительностью 195 секунд (сегодня вместо
него применяют WLTP). Инженер спрашивает: сколько метров «проезжает» автомобиль за один цикл ECE-15? Скорость всё
время меняется, поэтому «скорость × время» не годится. На этом уроке мы увидим, что путь — это площадь под графиком
скорости, и научимся находить её интегралом.""",
            en=r"""# The drive cycle, lesson 1. How far does a car go that stands still?

The fuel use and emissions of the plant's new car are measured on a chassis dynamometer: the car stands still and
its wheels turn rollers. The driver follows a speed-time graph set by the regulations: a **drive cycle**. For many
years Europe used the NEDC, whose urban part repeats the 195-second ECE-15 cycle four times (the WLTP has replaced
it today). An engineer asks: how many metres does the car "drive" in one ECE-15 cycle? The speed changes all the
time, so "speed × time" will not do. In this lesson we see that the distance is the area under the speed graph and
learn to find it with an integral."""),
        a.text(
            kk=r"""## 1. Жол — графиктің астындағы аудан

Жылдамдық тұрақты болса, жол $s = v \cdot t$: бұл жылдамдық графигінің астындағы тіктөртбұрыштың ауданы.
Жылдамдық бірқалыпты өзгерсе, графиктің астында трапеция (немесе үшбұрыш) тұрады, ал жол — соның ауданы. ECE-15
циклінің графигі түзу кесінділерден тұрады: 0-ден 15 км/сағ-қа дейін 4 с үдеу, 15 км/сағ жылдамдықпен 8 с, 2 с
ішінде 10 км/сағ-қа дейін, сосын 3 с ішінде тоқтау. Әр бөліктің ауданы — трапецияның ауданы
$\frac{(v_0 + v_1)}{2}\,\Delta t$. Жылдамдық км/сағ-пен берілсе, метрге көшу үшін нәтижені $3{,}6$-ға бөлеміз
($1$ км/сағ $= \frac{1000}{3600}$ м/с).""",
            ru=r"""## 1. Путь — площадь под графиком

Если скорость постоянна, путь $s = v \cdot t$: это площадь прямоугольника под графиком скорости. Если скорость
меняется равномерно, под графиком трапеция (или треугольник), а путь — её площадь. График цикла ECE-15 состоит из
отрезков: разгон от 0 до 15 км/ч за 4 с, 8 с со скоростью 15 км/ч, за 2 с до 10 км/ч, затем за 3 с до остановки.
Площадь каждой части — площадь трапеции $\frac{(v_0 + v_1)}{2}\,\Delta t$. Если скорость дана в км/ч, для перехода
к метрам делим результат на $3{,}6$ ($1$ км/ч $= \frac{1000}{3600}$ м/с).""",
            en=r"""## 1. The distance is the area under the graph

At a steady speed the distance is $s = v \cdot t$: the area of the rectangle under the speed graph. When the speed
changes evenly, there is a trapezoid (or a triangle) under the graph, and the distance is its area. The ECE-15
cycle's graph is made of straight segments: from 0 to 15 km/h in 4 s, 8 s at 15 km/h, down to 10 km/h in 2 s, then
to a stop in 3 s. The area of each part is a trapezoid's, $\frac{(v_0 + v_1)}{2}\,\Delta t$. With the speed in
km/h, we divide the result by $3.6$ to get metres ($1$ km/h $= \frac{1000}{3600}$ m/s)."""),
        a.example(
            kk=r"""### 1-мысал

ECE-15 циклінің бірінші «төбесі» (11 с-тан 28 с-қа дейін):
$\frac{0 + 15}{2} \cdot 4 + 15 \cdot 8 + \frac{15 + 10}{2} \cdot 2 + \frac{10 + 0}{2} \cdot 3 = 30 + 120 + 25 + 15 = 190$
(км/сағ · с), яғни $190 / 3{,}6 \approx 52{,}8$ м. Бүкіл цикл бойынша дәл осылай есептесек, $1014{,}6$ м шығады.
Ережеде циклдің теориялық жолы $1{,}013$ км деп берілген: біз беріліс ауыстыру кезіндегі бөліктерді де түзу
кесінділер деп алдық — бұл біздің жеңілдетуіміз.""",
            ru=r"""### Пример 1

Первая «горка» цикла ECE-15 (от 11 с до 28 с):
$\frac{0 + 15}{2} \cdot 4 + 15 \cdot 8 + \frac{15 + 10}{2} \cdot 2 + \frac{10 + 0}{2} \cdot 3 = 30 + 120 + 25 + 15 = 190$
(км/ч · с), то есть $190 / 3{,}6 \approx 52{,}8$ м. Если так же посчитать весь цикл, получится $1014{,}6$ м. В
правилах теоретический путь цикла указан как $1{,}013$ км: мы считаем отрезками и участки переключения передач —
это наше упрощение.""",
            en=r"""### Example 1

The ECE-15 cycle's first hill (from 11 s to 28 s):
$\frac{0 + 15}{2} \cdot 4 + 15 \cdot 8 + \frac{15 + 10}{2} \cdot 2 + \frac{10 + 0}{2} \cdot 3 = 30 + 120 + 25 + 15 = 190$
(km/h · s), that is $190 / 3.6 \approx 52.8$ m. The same sum over the whole cycle gives $1014.6$ m. The regulation
states a theoretical $1.013$ km for the cycle: we take the gear changes as straight segments too, which is our
simplification."""),
        a.code("""# [kk] ECE-15 циклінің нүктелері: (уақыт, с; жылдамдық, км/сағ)
# [ru] точки цикла ECE-15: (время, с; скорость, км/ч)
# [en] the ECE-15 cycle's points: (time, s; speed, km/h)
print(drive_cycle.ECE15)
print(drive_cycle.piecewise_distance(drive_cycle.ECE15[1:6]))
print(drive_cycle.piecewise_distance(drive_cycle.ECE15))""", role="example"),
        a.text(
            kk=r"""## 2. Алғашқы функция және анықталған интеграл

Сынақ жолында автомобиль ақырын үдейді, оның жылдамдығы түзу емес, қисық сызықпен өзгереді, мысалы
$v(t) = 0{,}6\,t - 0{,}015\,t^2$ м/с ($0 \le t \le 20$ с). Графиктің астындағы фигура — **қисықсызықты трапеция**,
оның ауданы — $v$ функциясының $0$-ден $20$-ға дейінгі **анықталған интегралы** (definite integral)
$\int_0^{20} v(t)\,dt$.

Оны қалай есептейміз? $S(t)$ — $t$ уақытқа дейін жүрілген жол болсын. Жолдың туындысы — жылдамдық: $S'(t) = v(t)$.
Туындысы $v$-ға тең функция $v$-ның **алғашқы функциясы** (antiderivative) деп аталады. Онда $a$-дан $b$-ға дейінгі
жол $S(b) - S(a)$ — бұл **Ньютон–Лейбниц формуласы**:""",
            ru=r"""## 2. Первообразная и определённый интеграл

На испытательном треке автомобиль разгоняется плавно, его скорость меняется не по прямой, а по кривой, например
$v(t) = 0{,}6\,t - 0{,}015\,t^2$ м/с ($0 \le t \le 20$ с). Фигура под графиком — **криволинейная трапеция**, её площадь —
**определённый интеграл** функции $v$ от $0$ до $20$, $\int_0^{20} v(t)\,dt$.

Как его вычислить? Пусть $S(t)$ — путь, пройденный к моменту $t$. Производная пути — скорость: $S'(t) = v(t)$.
Функция, производная которой равна $v$, называется **первообразной** функции $v$. Тогда путь от $a$ до $b$ равен
$S(b) - S(a)$ — это **формула Ньютона–Лейбница**:""",
            en=r"""## 2. The antiderivative and the definite integral

On the test track the car speeds up smoothly: its speed changes along a curve, not a straight line, for example
$v(t) = 0.6\,t - 0.015\,t^2$ m/s ($0 \le t \le 20$ s). The figure under the graph is a **curvilinear trapezoid**; its
area is the **definite integral** of $v$ from $0$ to $20$, $\int_0^{20} v(t)\,dt$.

How do we compute it? Let $S(t)$ be the distance covered by the time $t$. The derivative of the distance is the
speed: $S'(t) = v(t)$. A function whose derivative is $v$ is an **antiderivative** of $v$. The distance from $a$ to
$b$ is then $S(b) - S(a)$: the **Newton–Leibniz formula**:"""),
        a.formula(r"$$\int_a^b v(t)\,dt = S(b) - S(a),\qquad S'(t) = v(t)$$"
                  "\n\n"
                  r"$$\int t^n\,dt = \frac{t^{n+1}}{n+1} + C,\qquad \int k\,dt = k\,t + C$$"),
        a.example(
            kk=r"""### 2-мысал

$v(t) = 0{,}6\,t - 0{,}015\,t^2$ үшін алғашқы функция $S(t) = 0{,}3\,t^2 - 0{,}005\,t^3$ (тексеріңіз: $S'(t) = v(t)$).
20 секундтағы жол: $S(20) - S(0) = 0{,}3 \cdot 400 - 0{,}005 \cdot 8000 = 120 - 40 = 80$ м. 20 с уақытта
автомобиль 6 м/с жылдамдыққа жетеді. Сол 6 м/с-қа 20 с ішінде түзу сызықпен жетсе, ол
$\frac{1}{2} \cdot 20 \cdot 6 = 60$ м жүрер еді: қисық басында тезірек көтеріледі, оның астындағы аудан
үлкенірек.""",
            ru=r"""### Пример 2

Для $v(t) = 0{,}6\,t - 0{,}015\,t^2$ первообразная $S(t) = 0{,}3\,t^2 - 0{,}005\,t^3$ (проверьте: $S'(t) = v(t)$).
Путь за 20 секунд: $S(20) - S(0) = 0{,}3 \cdot 400 - 0{,}005 \cdot 8000 = 120 - 40 = 80$ м. За 20 с автомобиль
разгоняется до 6 м/с. Если бы он разогнался до тех же 6 м/с за 20 с по прямой, он проехал бы
$\frac{1}{2} \cdot 20 \cdot 6 = 60$ м: кривая в начале поднимается быстрее, площадь под ней больше.""",
            en=r"""### Example 2

For $v(t) = 0.6\,t - 0.015\,t^2$ an antiderivative is $S(t) = 0.3\,t^2 - 0.005\,t^3$ (check: $S'(t) = v(t)$). The
distance in 20 seconds: $S(20) - S(0) = 0.3 \cdot 400 - 0.005 \cdot 8000 = 120 - 40 = 80$ m. In 20 s the car
reaches 6 m/s. Had it reached the same 6 m/s in 20 s along a straight line, it would have gone
$\frac{1}{2} \cdot 20 \cdot 6 = 60$ m: the curve rises faster at first, and the area under it is larger."""),
        a.code("""t = sp.Symbol("t", nonnegative=True)
v = sp.Rational(3, 5) * t - sp.Rational(3, 200) * t**2
S = sp.integrate(v, t)
print("S(t) =", S)
print(sp.integrate(v, (t, 0, 20)), drive_cycle.polynomial_distance(drive_cycle.LESSON_RAMP, 0, 20))""",
               role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Айгерім былай дейді: «Жол — жылдамдық көбейтілген уақыт: 20 с ішінде 6 м/с-қа дейін үдеген автомобиль
$6 \cdot 20 = 120$ м жүреді». Асхат қарсы: «Жоқ, үдеу кезінде жол әрдайым соңғы жылдамдықтың жартысы көбейтілген
уақыт, яғни 60 м». Ұяшық үш санды шығарады. Кім дұрыс? Графиктің астындағы қай фигураның ауданын әрқайсысы
есептеді?""",
            ru=r"""### Верно ли?

Айгерим говорит: «Путь — это скорость, умноженная на время: автомобиль, разогнавшийся за 20 с до 6 м/с, проехал
$6 \cdot 20 = 120$ м». Асхат возражает: «Нет, при разгоне путь всегда равен половине конечной скорости, умноженной
на время, то есть 60 м». Ячейка выводит три числа. Кто прав? Площадь какой фигуры под графиком посчитал каждый?""",
            en=r"""### Is it true?

Aigerim says: "The distance is the speed times the time: a car that reached 6 m/s in 20 s went $6 \cdot 20 = 120$
m." Askhat objects: "No, in a speed-up the distance is always half the final speed times the time, so 60 m." The
cell prints three numbers. Who is right? The area of which figure under the graph did each of them compute?"""),
        a.code("""end_speed = drive_cycle.polynomial(drive_cycle.LESSON_RAMP, 20)
print(end_speed * 20, end_speed * 20 / 2, drive_cycle.polynomial_distance(drive_cycle.LESSON_RAMP, 0, 20))""",
               role="misconception"),
        a.predict(
            kk=r"""### Алдымен болжаңыз

Зертханада жылдамдық профилін өзіңіз құрастырасыз: ең жоғары жылдамдыққа дейін үдеу, тұрақты жылдамдық, тежелу.
Үдеуді түзу сызықпен немесе парабола бойымен таңдауға болады. Жүгірткіні қозғамас бұрын болжаңыз: үдеу уақыты мен
ең жоғары жылдамдық бірдей болса, қай үдеу кезінде автомобиль көбірек жол жүреді? $v_{max} \cdot t_{acc}$
көбейтіндісінің қандай бөлігін?""",
            ru=r"""### Сначала предскажите

В лаборатории вы сами строите профиль скорости: разгон до наибольшей скорости, постоянная скорость, торможение.
Разгон можно выбрать по прямой или по параболе. Прежде чем двигать ползунок, предскажите: при одинаковых времени
разгона и наибольшей скорости при каком разгоне автомобиль проедет больше? Какую часть произведения
$v_{max} \cdot t_{acc}$?""",
            en=r"""### Predict first

In the lab you shape the speed profile yourself: speeding up to the top speed, a steady speed, braking. The
speed-up can follow a straight line or a parabola. Before you move a slider, predict: with the same speeding-up
time and top speed, which speed-up covers more road? What share of the product $v_{max} \cdot t_{acc}$?"""),
        a.lab("""lab = drive_cycle.make_lab()
lab"""),
        a.text(
            kk=r"""### Зерттеңіз

1. Уақыттың ▶ батырмасын басыңыз: автомобиль жолмен жүреді, графиктің астындағы боялған аудан өседі. Жолдағы көк
   жолақ пен боялған аудан неге әрдайым бірдей метр көрсетеді?
2. Үдеу түрін параболаға ауыстырыңыз. Толық жол қаншаға өзгерді? Болжамыңыз расталды ма? Ең үлкен үдеу неге екі
   есе өсті?
3. Профильді ECE-15 циклінің үшінші төбесіне (сұр сызық, 71 с ішінде $646{,}25$ м) ұқсатыңыз: дәл сондай жолды
   сондай уақытта жүріңіз.""",
            ru=r"""### Исследуйте

1. Нажмите кнопку ▶ времени: автомобиль едет по дороге, закрашенная площадь под графиком растёт. Почему синяя
   полоса на дороге и закрашенная площадь всегда показывают одно и то же число метров?
2. Смените вид разгона на параболу. На сколько изменился весь путь? Подтвердилось ли предсказание? Почему
   наибольшее ускорение выросло вдвое?
3. Сделайте профиль похожим на третью горку цикла ECE-15 (серая линия, $646{,}25$ м за 71 с): проедьте такой же
   путь за такое же время.""",
            en=r"""### Explore

1. Press the time's ▶ button: the car drives along the road and the shaded area under the graph grows. Why do the
   blue band on the road and the shaded area always show the same number of metres?
2. Switch the speed-up to the parabola. By how much did the whole distance change? Was your prediction right? Why
   did the greatest acceleration double?
3. Make your profile like the ECE-15 cycle's third hill (the grey line, $646.25$ m in 71 s): cover the same
   distance in the same time."""),
        a.summary(
            kk=r"""## Қорытынды

* **Жүріс циклі** — сынақта автомобиль қайталайтын жылдамдық графигі (NEDC-тің ECE-15 циклі, бүгін WLTP).
* Жүрілген жол — жылдамдық графигінің астындағы аудан. Түзу кесінділерден тұратын график үшін ол трапециялар
  аудандарының қосындысы.
* **Алғашқы функция** $S$: $S'(t) = v(t)$; $\int t^n\,dt = \frac{t^{n+1}}{n+1} + C$.
* **Анықталған интеграл** $\int_a^b v(t)\,dt$ — қисықсызықты трапецияның ауданы; **Ньютон–Лейбниц формуласы**
  бойынша ол $S(b) - S(a)$-ға тең.
* Жол ең жоғары жылдамдық пен уақыттың көбейтіндісі емес: ол графиктің пішініне байланысты.""",
            ru=r"""## Итоги

* **Ездовой цикл** — график скорости, который автомобиль повторяет на испытаниях (цикл ECE-15 цикла NEDC,
  сегодня WLTP).
* Пройденный путь — площадь под графиком скорости. Для графика из отрезков это сумма площадей трапеций.
* **Первообразная** $S$: $S'(t) = v(t)$; $\int t^n\,dt = \frac{t^{n+1}}{n+1} + C$.
* **Определённый интеграл** $\int_a^b v(t)\,dt$ — площадь криволинейной трапеции; **формула Ньютона–Лейбница**:
  он равен $S(b) - S(a)$.
* Путь — не произведение наибольшей скорости на время: он зависит от формы графика.""",
            en=r"""## Summary

* A **drive cycle** is the speed-time graph a car follows in a test (the NEDC's ECE-15 cycle, today the WLTP).
* The distance covered is the area under the speed graph. For a graph of straight segments it is the sum of the
  trapezoids' areas.
* An **antiderivative** $S$: $S'(t) = v(t)$; $\int t^n\,dt = \frac{t^{n+1}}{n+1} + C$.
* The **definite integral** $\int_a^b v(t)\,dt$ is the area of the curvilinear trapezoid; by the **Newton–Leibniz
  formula** it equals $S(b) - S(a)$.
* The distance is not the top speed times the time: it depends on the graph's shape."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Сөйлемді аяқтаңыз: «Жылдамдық графигінің астындағы аудан ... көрсетеді».
2. Алғашқы функция мен туындының байланысын өз сөзіңізбен түсіндіріңіз.
3. Сабақтың қай жері әлі түсініксіз?""",
            ru=r"""## Рефлексия

1. Закончите предложение: «Площадь под графиком скорости показывает ...».
2. Объясните своими словами, как связаны первообразная и производная.
3. Что на уроке осталось непонятным?""",
            en=r"""## Reflection

1. Finish the sentence: "The area under the speed graph shows ..."
2. Explain in your own words how the antiderivative and the derivative are linked.
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the trapezoid rule, the work at the wheels, the test-track cycle ----------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Жүріс циклі, 2-сабақ. Деректер жазғышы, дөңгелектердегі жұмыс және сынақ жолының циклі

Сынақ жолында автомобильдің формуласы жоқ: деректер жазғышы жылдамдықты әр $\Delta t$ секунд сайын жазады. Жолды
өлшемдерден қалай табамыз және қаншалықты дәл? Үдеуге дөңгелектерде қанша жұмыс керек? Ал зауыттың сынақ жолына
өз циклімізді қалай құрастырамыз?""",
            ru=r"""# Ездовой цикл, урок 2. Регистратор данных, работа на колёсах и цикл испытательного трека

На испытательном треке у автомобиля нет формулы: регистратор данных записывает скорость каждые $\Delta t$ секунд.
Как найти путь по замерам и насколько точно? Какая работа нужна на колёсах для разгона? И как построить свой цикл
для испытательного трека завода?""",
            en=r"""# The drive cycle, lesson 2. The data logger, the work at the wheels and the test-track cycle

On the test track the car has no formula: a data logger records its speed every $\Delta t$ seconds. How do we find
the distance from the samples, and how exactly? How much work at the wheels does a speed-up need? And how do we
shape our own cycle for the plant's test track?"""),
        a.text(
            kk=r"""## 3. Трапециялар формуласы

Жылдамдықтың $v_0, v_1, \ldots, v_n$ өлшемдері $h = \Delta t$ қадаммен алынса, көрші нүктелерді түзу кесіндімен
қосып, трапециялардың аудандарын қосамыз. Бұл — **трапециялар формуласы** (trapezoid rule):""",
            ru=r"""## 3. Формула трапеций

Если замеры скорости $v_0, v_1, \ldots, v_n$ сделаны с шагом $h = \Delta t$, соединим соседние точки отрезками и
сложим площади трапеций. Это **формула трапеций**:""",
            en=r"""## 3. The trapezoid rule

When the speed's samples $v_0, v_1, \ldots, v_n$ are taken every $h = \Delta t$ seconds, we join neighbouring
points with straight segments and add the trapezoids' areas. This is the **trapezoid rule**:"""),
        a.formula(r"$$\int_a^b v(t)\,dt \approx h\left(\frac{v_0}{2} + v_1 + v_2 + \ldots + v_{n-1} + \frac{v_n}{2}\right)$$"),
        a.example(
            kk=r"""### 3-мысал

Өткен сабақтағы үдеуді ($v(t) = 0{,}6\,t - 0{,}015\,t^2$) деректер жазғышы әр 5 с сайын жазды: $0$; $2{,}625$; $4{,}5$;
$5{,}625$; $6$ м/с. Трапециялар формуласы: $5 \cdot (0 + 2{,}625 + 4{,}5 + 5{,}625 + 3) = 5 \cdot 15{,}75 = 78{,}75$
м. Дәл интеграл 80 м, қателік $1{,}25$ м. Формула жолды неге **кем** береді? График жоғары қарай дөңес ($v'' < 0$), хорда
қисықтың астында жатады. Қадамды екі есе кішірейтсек (әр $2{,}5$ с), қателік төрт есе кемиді: $0{,}3125$ м. Мұндай
параболада қателік дәл $\frac{(b - a)\,h^2\,|v''|}{12}$.""",
            ru=r"""### Пример 3

Разгон с прошлого урока ($v(t) = 0{,}6\,t - 0{,}015\,t^2$) регистратор записал каждые 5 с: $0$; $2{,}625$; $4{,}5$;
$5{,}625$; $6$ м/с. Формула трапеций: $5 \cdot (0 + 2{,}625 + 4{,}5 + 5{,}625 + 3) = 5 \cdot 15{,}75 = 78{,}75$ м.
Точный интеграл 80 м, ошибка $1{,}25$ м. Почему формула даёт путь **меньше**? График выпуклый вверх ($v'' < 0$),
хорда лежит под кривой. Если уменьшить шаг вдвое (каждые $2{,}5$ с), ошибка уменьшится в четыре раза: $0{,}3125$ м.
Для такой параболы ошибка равна ровно $\frac{(b - a)\,h^2\,|v''|}{12}$.""",
            en=r"""### Example 3

The data logger recorded last lesson's speed-up ($v(t) = 0.6\,t - 0.015\,t^2$) every 5 s: $0$; $2.625$; $4.5$;
$5.625$; $6$ m/s. The trapezoid rule: $5 \cdot (0 + 2.625 + 4.5 + 5.625 + 3) = 5 \cdot 15.75 = 78.75$ m. The exact
integral is 80 m: an error of $1.25$ m. Why does the rule give **less**? The graph is concave ($v'' < 0$), and a
chord lies below the curve. With half the step (every $2.5$ s) the error is four times smaller: $0.3125$ m. For such
a parabola the error is exactly $\frac{(b - a)\,h^2\,|v''|}{12}$."""),
        a.code("""ramp = drive_cycle.LESSON_RAMP
exact = drive_cycle.polynomial_distance(ramp, 0, 20)
for n in (1, 2, 4, 8):
    estimate = drive_cycle.trapezoid(lambda time: drive_cycle.polynomial(ramp, time), 0, 20, n)
    print(n, 20 / n, estimate, round(exact - estimate, 4))""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Болат былай дейді: «Қадам неғұрлым кіші болса, соғұрлым дәл. Сондықтан ECE-15 циклі үшін де әр 5 с сайынғы
өлшемдер циклдің бұрыштарындағы нүктелерден дәлірек». Ұяшық бүкіл цикл үшін үш жолды шығарады: бұрыштар бойынша,
әр 5 с және әр 1 с сайынғы өлшемдер бойынша. Болат қай жерде қателеседі?""",
            ru=r"""### Верно ли?

Болат говорит: «Чем меньше шаг, тем точнее. Поэтому и для цикла ECE-15 замеры каждые 5 с точнее, чем точки в углах
цикла». Ячейка выводит три пути для всего цикла: по углам, по замерам каждые 5 с и каждую 1 с. Где ошибается
Болат?""",
            en=r"""### Is it true?

Bolat says: "The smaller the step, the more exact. So for the ECE-15 cycle too, samples every 5 s are more exact
than the points at the cycle's corners." The cell prints three distances for the whole cycle: from the corners, from
samples every 5 s and from samples every 1 s. Where is Bolat wrong?"""),
        a.code("""cycle = drive_cycle.ECE15
print(drive_cycle.piecewise_distance(cycle))
for step in (5, 1):
    samples = [drive_cycle.speed_on_cycle(cycle, time) for time in range(0, 196, step)]
    print(step, round(drive_cycle.logger_distance(samples, step) / 3.6, 2))""", role="misconception"),
        a.text(
            kk=r"""## 4. Дөңгелектердегі жұмыс — қуаттың интегралы

Үдеу кезінде дөңгелектер автомобильді $F = m\,v' + F_r$ күшімен итереді ($F_r = c_r\,m\,g$ — домалау кедергісі;
ауа кедергісін бұл жылдамдықтарда ескермейміз). Қуат $P = F\,v$, ал жұмыс — қуаттың интегралы
$A = \int_a^b P\,dt$. $\left(\frac{m v^2}{2}\right)' = m\,v\,v'$ болғандықтан,
$\int_a^b m\,v\,v'\,dt = \frac{m v(b)^2}{2} - \frac{m v(a)^2}{2}$ — кинетикалық энергияның өсімі, ал
$\int_a^b F_r\,v\,dt = F_r\,s$.""",
            ru=r"""## 4. Работа на колёсах — интеграл мощности

При разгоне колёса толкают автомобиль силой $F = m\,v' + F_r$ ($F_r = c_r\,m\,g$ — сопротивление качению;
сопротивление воздуха при таких скоростях не учитываем). Мощность $P = F\,v$, а работа — интеграл мощности
$A = \int_a^b P\,dt$. Так как $\left(\frac{m v^2}{2}\right)' = m\,v\,v'$, то
$\int_a^b m\,v\,v'\,dt = \frac{m v(b)^2}{2} - \frac{m v(a)^2}{2}$ — прирост кинетической энергии, а
$\int_a^b F_r\,v\,dt = F_r\,s$.""",
            en=r"""## 4. The work at the wheels is the integral of the power

While the car speeds up, the wheels push it with the force $F = m\,v' + F_r$ ($F_r = c_r\,m\,g$ is the rolling
resistance; at these speeds we leave the air's drag out). The power is $P = F\,v$, and the work is the integral of
the power, $A = \int_a^b P\,dt$. Since $\left(\frac{m v^2}{2}\right)' = m\,v\,v'$, we get
$\int_a^b m\,v\,v'\,dt = \frac{m v(b)^2}{2} - \frac{m v(a)^2}{2}$, the kinetic energy gained, and
$\int_a^b F_r\,v\,dt = F_r\,s$."""),
        a.example(
            kk=r"""### 4-мысал

Сабақтардағы хэтчбек жүргізушісімен $m = 1200$ кг, $c_r = 0{,}012$. Үдеудің 20 секундында:
$\frac{1200 \cdot 6^2}{2} = 21\,600$ Дж, $F_r = 0{,}012 \cdot 1200 \cdot 9{,}81 \approx 141{,}3$ Н,
$F_r \cdot 80 \approx 11\,301$ Дж. Барлығы $A \approx 32\,901$ Дж $\approx 32{,}9$ кДж.""",
            ru=r"""### Пример 4

Хэтчбек с уроков вместе с водителем: $m = 1200$ кг, $c_r = 0{,}012$. За 20 секунд разгона:
$\frac{1200 \cdot 6^2}{2} = 21\,600$ Дж, $F_r = 0{,}012 \cdot 1200 \cdot 9{,}81 \approx 141{,}3$ Н,
$F_r \cdot 80 \approx 11\,301$ Дж. Всего $A \approx 32\,901$ Дж $\approx 32{,}9$ кДж.""",
            en=r"""### Example 4

The lessons' hatchback with its driver: $m = 1200$ kg, $c_r = 0.012$. In the 20 seconds of the speed-up:
$\frac{1200 \cdot 6^2}{2} = 21\,600$ J, $F_r = 0.012 \cdot 1200 \cdot 9.81 \approx 141.3$ N,
$F_r \cdot 80 \approx 11\,301$ J. In all $A \approx 32\,901$ J $\approx 32.9$ kJ."""),
        a.code("""t = sp.Symbol("t", nonnegative=True)
v = sp.Rational(3, 5) * t - sp.Rational(3, 200) * t**2
m, F_r = 1200, drive_cycle.rolling_force(1200, 0.012)
P = (m * sp.diff(v, t) + F_r) * v
print(float(sp.integrate(P, (t, 0, 20))), drive_cycle.speed_up_energy(drive_cycle.LESSON_RAMP, 0, 20, m, 0.012))""",
               role="example"),
        a.predict(
            kk=r"""### Алдымен бағалаңыз

Сынақ жолының циклі: автомобиль тұрған жерден шығып, 500 м белгісінен кейін 20 м ішінде тоқтауы керек, 45 с-тан
аспай, 60 км/сағ-тан жылдам жүрмей, $1{,}5$ м/с²-тан артық үдемей және $2{,}5$ м/с²-тан қатты тежелмей. Жүгірткіні
қозғамас бұрын бағалаңыз: 60 км/сағ шамамен $16{,}7$ м/с; үдеу мен тежелу бірге уақытының жартысындай жол береді
десек, тұрақты жылдамдықпен неше секунд жүру керек?""",
            ru=r"""### Сначала оцените

Цикл испытательного трека: автомобиль трогается с места и должен остановиться в пределах 20 м после отметки 500 м,
не дольше чем за 45 с, не быстрее 60 км/ч, разгоняясь не больше чем на $1{,}5$ м/с² и тормозя не сильнее $2{,}5$
м/с². Прежде чем двигать ползунки, оцените: 60 км/ч — это около $16{,}7$ м/с; если разгон и торможение вместе дают
путь примерно за половину своего времени, сколько секунд нужно ехать с постоянной скоростью?""",
            en=r"""### Estimate first

The test-track cycle: the car starts from rest and must stop within 20 m past the 500 m mark, in at most 45 s,
never faster than 60 km/h, accelerating at most $1.5$ m/s² and braking at most $2.5$ m/s². Before you move a
slider, estimate: 60 km/h is about $16.7$ m/s; if the speed-up and the braking together cover road for about half
their time, how many seconds at a steady speed are needed?"""),
        a.design_lab("""design_lab = drive_cycle.make_lab("track")
design_lab"""),
        a.text(
            kk=r"""Барлық талап орындалатын профильді құрастырып, **Жобаны тексеру** батырмасын басыңыз. Бағалауыңыз
расталды ма? Сосын үдеуді параболаға ауыстырыңыз: ең үлкен үдеу талабы орындалуы үшін үдеу уақытын қалай өзгерту
керек? Дөңгелектердегі жұмыс қалай өзгереді?""",
            ru=r"""Постройте профиль, при котором выполняются все требования, и нажмите **Проверить проект**. Подтвердилась ли
оценка? Затем смените разгон на параболу: как изменить время разгона, чтобы выполнялось требование к наибольшему
ускорению? Как меняется работа на колёсах?""",
            en=r"""Shape a profile that meets every requirement and press **Check the design**. Was your estimate right? Then
switch the speed-up to the parabola: how must the speeding-up time change to keep the greatest acceleration within
its limit? How does the work at the wheels change?"""),
        a.summary(
            kk=r"""## Қорытынды

* **Трапециялар формуласы**: $\int_a^b v\,dt \approx h\left(\frac{v_0}{2} + v_1 + \ldots + v_{n-1} +
  \frac{v_n}{2}\right)$. Түзу кесінділерден тұратын график үшін (бұрыштар өлшемдердің арасында болса) ол дәл;
  жоғары қарай дөңес график үшін кем береді, қадамды екі есе кішірейтсек, қателік шамамен төрт есе кемиді.
* **Анықталған интеграл** өлшемдерден тек шамамен, ал **алғашқы функциядан** **Ньютон–Лейбниц формуласы** бойынша
  дәл табылады.
* Дөңгелектердегі жұмыс — қуаттың интегралы: $\int (m v' + F_r)\,v\,dt = \Delta\frac{m v^2}{2} + F_r\,s$.
* **Жүріс циклін** құрастырғанда жол (аудан), уақыт, жылдамдық пен үдеу бірге ескеріледі.""",
            ru=r"""## Итоги

* **Формула трапеций**: $\int_a^b v\,dt \approx h\left(\frac{v_0}{2} + v_1 + \ldots + v_{n-1} +
  \frac{v_n}{2}\right)$. Для графика из отрезков (если углы среди замеров) она точна; для выпуклого вверх графика
  даёт меньше, при вдвое меньшем шаге ошибка уменьшается примерно вчетверо.
* **Определённый интеграл** по замерам находим лишь приближённо, а по **первообразной** — точно (**формула
  Ньютона–Лейбница**).
* Работа на колёсах — интеграл мощности: $\int (m v' + F_r)\,v\,dt = \Delta\frac{m v^2}{2} + F_r\,s$.
* Строя **ездовой цикл**, учитываем вместе путь (площадь), время, скорость и ускорение.""",
            en=r"""## Summary

* The **trapezoid rule**: $\int_a^b v\,dt \approx h\left(\frac{v_0}{2} + v_1 + \ldots + v_{n-1} +
  \frac{v_n}{2}\right)$. For a graph of straight segments (with the corners among the samples) it is exact; for a
  concave graph it gives less, and half the step makes the error about four times smaller.
* The **definite integral** comes from samples only approximately, but exactly from an **antiderivative** by the
  **Newton–Leibniz formula**.
* The work at the wheels is the integral of the power: $\int (m v' + F_r)\,v\,dt = \Delta\frac{m v^2}{2} + F_r\,s$.
* Shaping a **drive cycle** weighs the distance (the area), the time, the speed and the acceleration together."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Өлшемдерден жолды қашан дәл табуға болады, қашан тек шамамен?
2. Зауытта тағы қандай шама бір шаманың уақыт бойынша интегралы болады (мысалы, отын шығынынан жұмсалған отын)?
3. Бүгін сізге не түсініксіз қалды?""",
            ru=r"""## Рефлексия

1. Когда путь по замерам находится точно, а когда лишь приближённо?
2. Какая ещё величина на заводе — интеграл другой величины по времени (например, израсходованное топливо по
   расходу)?
3. Что сегодня осталось для вас непонятным?""",
            en=r"""## Reflection

1. When does the distance come exactly from samples, and when only approximately?
2. What other quantity at the plant is the integral of another over time (the fuel used from the fuel flow, for
   example)?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import drive_cycle

# [kk] уақыттың әрпі (секунд); оған сан бермеңіз
# [ru] буква времени (секунды); не присваивайте ей число
# [en] the letter of the time (seconds); do not give it a number
t = sp.Symbol("t", nonnegative=True)"""


def _msg(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


MISTAKES = {
    "derivative": _msg("Бұл — v(t) функциясының туындысы (үдеу); керегі — туындысы v(t) болатын функция.",
                       "Это производная v(t) (ускорение); нужна функция, производная которой равна v(t).",
                       "That is the derivative of v(t) (the acceleration); the function whose derivative is v(t) is asked."),
    "no-division": _msg("tⁿ функциясының алғашқы функциясы tⁿ⁺¹/(n + 1): n + 1-ге бөлуді ұмытпаңыз.",
                        "Первообразная tⁿ равна tⁿ⁺¹/(n + 1): не забудьте разделить на n + 1.",
                        "The antiderivative of tⁿ is tⁿ⁺¹/(n + 1): do not forget to divide by n + 1."),
    "constant": _msg("S(0) = 0 болуы керек: тұрақты қоспаңыз.", "Должно быть S(0) = 0: не добавляйте постоянную.",
                     "S(0) must be 0: add no constant."),
    "speed-times-time": _msg("Бұл — соңғы жылдамдық көбейтілген уақыт: жылдамдық өзгереді, графиктің астындағы ауданды табыңыз.",
                             "Это конечная скорость, умноженная на время: скорость меняется, найдите площадь под графиком.",
                             "That is the final speed times the time: the speed changes, find the area under the graph."),
    "straight-line": _msg("Бұл — түзу сызықпен үдеудің жолы; график парабола, интегралды алғашқы функциядан табыңыз.",
                          "Это путь разгона по прямой; график — парабола, найдите интеграл по первообразной.",
                          "That is the distance of a straight-line speed-up; the graph is a parabola, integrate with the antiderivative."),
    "not-converted": _msg("Жылдамдықтар км/сағ-пен берілген: метр шығу үшін 3,6-ға бөліңіз.",
                          "Скорости даны в км/ч: чтобы получить метры, разделите на 3,6.",
                          "The speeds are in km/h: divide by 3.6 to get metres."),
    "rectangles": _msg("Трапеция ауданы — екі шеткі жылдамдықтың жартысы: (v₀ + v₁)/2 · Δt.",
                       "Площадь трапеции — полусумма крайних скоростей: (v₀ + v₁)/2 · Δt.",
                       "A trapezoid's area takes the mean of its two speeds: (v₀ + v₁)/2 · Δt."),
    "no-halves": _msg("Шеткі өлшемдер жарты салмақпен қосылады: v₀/2 және vₙ/2.",
                      "Крайние замеры входят с половинным весом: v₀/2 и vₙ/2.",
                      "The end samples count half: v₀/2 and vₙ/2."),
    "no-step": _msg("Қосындыны h = 5 с қадамға көбейтіңіз.", "Умножьте сумму на шаг h = 5 с.",
                    "Multiply the sum by the step h = 5 s."),
    "kinetic-only": _msg("Бұл — тек кинетикалық энергия; домалау кедергісінің жұмысы F_r·s қосылмаған.",
                         "Это только кинетическая энергия; не добавлена работа сопротивления качению F_r·s.",
                         "That is the kinetic energy alone; the rolling resistance's work F_r·s is missing."),
    "no-half-mv2": _msg("Кинетикалық энергия mv²/2: 2-ге бөлуді тексеріңіз.", "Кинетическая энергия равна mv²/2: проверьте деление на 2.",
                        "The kinetic energy is mv²/2: check the division by 2."),
}


def _rules_text(*pairs: tuple[str, str]) -> str:
    """The hidden test's rules as code: each ``(value_code, code)`` with its message."""
    lines = [f"    rules.wrong_answer({value}, code={code!r}, message={MISTAKES[code]!r})," for value, code in pairs]
    return "[\n" + "\n".join(lines) + "\n]"


def _rule(value: object, code: str) -> object:
    return rules.wrong_answer(value, code=code, message=MISTAKES[code])


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    t = sp.Symbol("t", nonnegative=True)
    return {
        "antiderivative": fingerprint(sp.Rational(3, 5) * t**2 - t**3 / 75,
                                      mistakes=[_rule(sp.Rational(6, 5) - sp.Rational(2, 25) * t, "derivative")],
                                      salt=salt("antiderivative")),
        "ramp-distance": fingerprint(90 * ureg.meter, rtol=0.005,
                                     mistakes=[_rule(135 * ureg.meter, "speed-times-time")], salt=salt("ramp-distance")),
        "hill-distance": fingerprint(646.25 * ureg.meter, rtol=0.005,
                                     mistakes=[_rule(2326.5 * ureg.meter, "not-converted")], salt=salt("hill-distance")),
        "logger-estimate": fingerprint(87.5 * ureg.meter, rtol=0.005,
                                       mistakes=[_rule(110 * ureg.meter, "no-halves")], salt=salt("logger-estimate")),
        "speed-up-work": fingerprint(71.53272 * ureg.kilojoule, rtol=0.01,
                                     mistakes=[_rule(56.7 * ureg.kilojoule, "kinetic-only")], salt=salt("speed-up-work")),
    }


def _expr_test(name: str, token: str) -> str:
    return (f"assert isinstance({name}, sp.Expr), pick({_msg(f'{name} — t әрпінен құрылған sympy өрнегі болуы керек.', f'{name} должно быть выражением sympy от t.', f'{name} should be a sympy expression in t.')!r})\n"
            f"assert {{s.name for s in {name}.free_symbols}} <= {{\"t\"}}, pick({_msg(f'{name} өрнегінде тек t әрпі болуы керек.', f'В выражении {name} может быть только буква t.', f'{name} may use only the letter t.')!r})\n"
            f"advise(self_check({name}, \"{token}\"))")


def _quantity_test(name: str, unit: str, token: str) -> str:
    return (f"require(compare({name}, {unit!r}, mode=\"dimension\"))\n"
            f"advise(self_check({name}, \"{token}\"))")


HILL_TABLE = r"""| $t$, с | 117 | 122 | 124 | 133 | 135 | 143 | 155 | 163 | 176 | 178 | 185 | 188 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
| $v$, км/сағ | 0 | 15 | 15 | 35 | 35 | 50 | 50 | 35 | 35 | 32 | 10 | 0 |"""


HILL_LISTS = """times = [117, 122, 124, 133, 135, 143, 155, 163, 176, 178, 185, 188]
speeds = [0, 15, 15, 35, 35, 50, 50, 35, 35, 32, 10, 0]"""
"""Task 3's corners as the answer cell gives them: the computer adds the trapezoids after two done by hand."""


def _hill_table(lang: str) -> str:
    table = HILL_TABLE
    if lang == "ru":
        table = table.replace("км/сағ", "км/ч")
    if lang == "en":
        table = table.replace("км/сағ", "km/h").replace(", с |", ", s |")
    return table


ASSIGNMENT_PLAN = [
    a.stage("Кіріспені, жауап жазу ережесін және бағалау критерийлерін оқу",
           "Чтение вступления, правил записи ответов и критериев оценивания",
           "Reading the introduction, how to write answers and the assessment criteria", 4),
    a.stage("1-тапсырма (A): алғашқы функция", "Задача 1 (A): первообразная", "Task 1 (A): the antiderivative", 3),
    a.stage("2-тапсырма (A): Ньютон–Лейбниц формуласы", "Задача 2 (A): формула Ньютона–Лейбница",
           "Task 2 (A): the Newton–Leibniz formula", 3),
    a.stage("3-тапсырма (B): екі трапеция қолмен, қалғанын цикл қосады",
           "Задача 3 (B): две трапеции вручную, остальные складывает цикл",
           "Task 3 (B): two trapezoids by hand, a loop adds the rest", 6),
    a.stage("4-тапсырма (B): трапециялар формуласының функциясы", "Задача 4 (B): функция формулы трапеций",
           "Task 4 (B): the trapezoid rule's function", 7),
    a.stage("5-тапсырма (B): деректер жазғышы бойынша жол", "Задача 5 (B): путь по регистратору данных",
           "Task 5 (B): the distance from the data logger", 3),
    a.stage("6-тапсырма (B): дөңгелектердегі жұмыс", "Задача 6 (B): работа на колёсах", "Task 6 (B): the work at the wheels", 6),
    a.stage("7-тапсырма (C): зертханадағы жоба", "Задача 7 (C): проект в лаборатории", "Task 7 (C): the design in the lab", 7),
    a.saving_stage(2),
]
"""What a grade-11 class needs for the assignment in class, minute by minute. Before the timing pass it was 58
minutes: task 3's eleven trapezoids by hand took about 13 and the written task 8 about 10 more."""
ASSIGNMENT_HOME = [a.stage("8-тапсырма (C): қателікті түсіндіру", "Задача 8 (C): объяснение ошибки",
                          "Task 8 (C): explaining the error", 12)]
ASSIGNMENT_PLAN_NOTE = {
    "kk": "8-тапсырманы (жазбаша жауап) оқушылар үйде орындап, жұмысты келесі сабаққа дейін тапсырады; мұғалім оны "
          "балл қою кестесі бойынша тексереді. Үлгерген оқушы оны сабақта бастай алады.",
    "ru": "Задачу 8 (письменный ответ) ученики выполняют дома и сдают работу до следующего урока; учитель проверяет её "
          "по схеме выставления баллов. Кто успел, может начать её на уроке.",
    "en": "Pupils do task 8 (the written answer) at home and hand the work in before the next lesson; the teacher "
          "marks it by the mark scheme. Those who finish early may start it in class.",
}


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk=r"""# Жүріс циклі: жол мен жұмыс — интеграл

Сынақ жолында кроссовер тұрған жерден ақырын үдейді. Деректер жазғышы бойынша оның жылдамдығы

$$v(t) = 1{,}2\,t - 0{,}04\,t^2\ \text{м/с},\qquad 0 \le t \le 15\ \text{с}.$$

Бұл тапсырмада сіз алғашқы функцияны және үдеу кезіндегі жолды табасыз, ECE-15 циклінің бір бөлігінің жолын
есептейсіз, трапециялар формуласының функциясын жазып, оны дәл интегралмен салыстырасыз, дөңгелектердегі жұмысты
табасыз, зертханада сынақ жолының циклін құрастырасыз және трапециялар формуласының қателігін түсіндіресіз.
Кроссовердің сандары ойдан алынған, бірақ шынайы. Уақыты — сабақта 45 минут, ал 8-тапсырма — үйге.""",
            ru=r"""# Ездовой цикл: путь и работа — интеграл

На испытательном треке кроссовер плавно разгоняется с места. По регистратору данных его скорость

$$v(t) = 1{,}2\,t - 0{,}04\,t^2\ \text{м/с},\qquad 0 \le t \le 15\ \text{с}.$$

В этом задании вы найдёте первообразную и путь при разгоне, вычислите путь части цикла ECE-15, напишете функцию
формулы трапеций и сравните её с точным интегралом, найдёте работу на колёсах и построите в лаборатории цикл
испытательного трека и объясните ошибку формулы трапеций. Числа кроссовера вымышленные, но правдоподобные.
Время — 45 минут на уроке, а задача 8 — домой.""",
            en=r"""# The drive cycle: distance and work are integrals

On the test track a crossover speeds up smoothly from rest. By the data logger its speed is

$$v(t) = 1.2\,t - 0.04\,t^2\ \text{m/s},\qquad 0 \le t \le 15\ \text{s}.$$

In this assignment you find the antiderivative and the distance of the speed-up, compute the distance of a part of
the ECE-15 cycle, write a function for the trapezoid rule and weigh it against the exact integral, find the work at
the wheels, shape a test-track cycle in the lab and explain the trapezoid rule's error. The crossover's numbers are
fictional but plausible. Time: 45 minutes in class, and task 8 at home."""),
        a.text(
            kk=r"""**Жауапты қалай жазу керек.** Өрнекті бірінші код ұяшығындағы `t` әрпімен sympy өрнегі ретінде жазыңыз (`t`
әрпіне сан меншіктемеңіз). Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `12 * ureg.m`, `3 * ureg.kJ`. Жауапты
есептейтін Python өрнегі де болады (`5 * 3 + 2`). Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың
түрін тексереді.""",
            ru=r"""**Как записывать ответы.** Выражение записывайте как выражение sympy с буквой `t` из первой ячейки кода (не
присваивайте `t` число). Величину с единицей измерения записывайте через `ureg`: `12 * ureg.m`, `3 * ureg.kJ`. Можно
и выражение Python, которое вычисляет ответ (`5 * 3 + 2`). Запускайте тестовую ячейку под каждой задачей: она
проверяет форму ответа.""",
            en=r"""**How to write answers.** Write an expression as a sympy expression with the letter `t` of the first code cell
(do not assign a number to `t`). Write a quantity with a unit through `ureg`: `12 * ureg.m`, `3 * ureg.kJ`. A Python
expression that computes the answer is fine too (`5 * 3 + 2`). Run the test cell under each task: it checks the form
of your answer."""),
        a.time_plan(ASSIGNMENT_PLAN, home=ASSIGNMENT_HOME, note=ASSIGNMENT_PLAN_NOTE),

        a.text(kk="## А бөлім. Алғашқы функция және интеграл", ru="## Часть А. Первообразная и интеграл",
               en="## Part A. The antiderivative and the integral"),
        a.task(1, 1, "A",
               kk=r"""$t$ уақытқа дейін жүрілген жолды, яғни $v(t)$ функциясының $S(0) = 0$ болатын алғашқы функциясын $t$ арқылы
sympy өрнегі ретінде жазыңыз: `S = ...` (жауаптың түрі, мысалы, `t**2 - t**4/8`, бірақ бұл жауап емес). Кез келген
тепе-тең өрнек қабылданады.""",
               ru=r"""Запишите путь, пройденный к моменту $t$, то есть первообразную функции $v(t)$ с $S(0) = 0$, как выражение
sympy через $t$: `S = ...` (форма ответа, например, `t**2 - t**4/8`, но это не ответ). Принимается любое тождественно
равное выражение.""",
               en=r"""Write the distance covered by the time $t$, the antiderivative of $v(t)$ with $S(0) = 0$, as a sympy
expression in $t$: `S = ...` (the form of an answer is, for example, `t**2 - t**4/8`, which is not the answer). Any
equivalent expression is accepted."""),
        a.answer("antiderivative", "S = sp.Rational(3, 5) * t**2 - t**3 / 75", hint=_msg(
            "S = ...  (t арқылы sympy өрнегі)", "S = ...  (выражение sympy через t)",
            "S = ...  (a sympy expression in t)")),
        a.tests("antiderivative-test", 1, public=_expr_test("S", token["antiderivative"]),
                hidden="""from curriculum.check import rules
require(compare(S, sp.Rational(3, 5) * t**2 - t**3 / 75, rtol=1e-6, rules=""" + _rules_text(
                    ("sp.Rational(6, 5) - sp.Rational(2, 25) * t", "derivative"),
                    ("sp.Rational(6, 5) * t**2 - sp.Rational(1, 25) * t**3", "no-division"),
                    ("sp.Rational(3, 5) * t**2 - t**3 / 75 + 1", "constant")) + "))"),

        a.task(2, 1, "A",
               kk=r"""Кроссовер 15 секундта қанша жол жүреді? Ньютон–Лейбниц формуласын қолданыңыз:
`s_15 = ... * ureg.m` (басқа ұзындық бірлігі де қабылданады; 0,5 % дәлдікпен).""",
               ru=r"""Какой путь проходит кроссовер за 15 секунд? Примените формулу Ньютона–Лейбница: `s_15 = ... * ureg.m`
(принимается и другая единица длины; с точностью до 0,5 %).""",
               en=r"""How far does the crossover go in the 15 seconds? Use the Newton–Leibniz formula: `s_15 = ... * ureg.m`
(another unit of length is accepted too; within 0.5 %)."""),
        a.answer("ramp-distance", "s_15 = (0.6 * 15**2 - 15**3 / 75) * ureg.m", before="# s_15 = ... * ureg.m"),
        a.tests("ramp-distance-test", 1, public=_quantity_test("s_15", "m", token["ramp-distance"]),
                hidden="""from curriculum.check import rules
require(compare(s_15, 90 * ureg.m, mode="units", rtol=0.005, rules=""" + _rules_text(
                    ("135 * ureg.m", "speed-times-time"), ("67.5 * ureg.m", "straight-line")) + "))"),

        a.task(3, 2, "B",
               kk=r"""ECE-15 циклінің ең ұзын үшінші «төбесі» 117 с-тан 188 с-қа дейін созылады, оның бұрыштары (графиктің
нүктелері түзу кесінділермен қосылған):

""" + _hill_table("kk") + r"""

Осы бөлікте автомобиль қанша жол жүреді? График 11 кесіндіден тұрады, астында 11 трапеция бар. Алғашқы екі
трапецияның ауданын қолмен есептеңіз (км/сағ · с), қалғанын компьютерге қостырыңыз: бұрыштардың `times` және `speeds`
тізімдері жауап ұяшығында берілген, `k` бойынша цикл жазыңыз да, алғашқы екі аудан қолмен тапқаныңызбен сәйкес
келетінін тексеріңіз. Жауап: `s_hill = ... * ureg.m` (басқа ұзындық бірлігі де қабылданады; 0,5 % дәлдікпен).""",
               ru=r"""Третья, самая длинная «горка» цикла ECE-15 длится от 117 с до 188 с; её углы (точки графика соединены
отрезками):

""" + _hill_table("ru") + r"""

Какой путь проходит автомобиль на этом участке? График состоит из 11 отрезков, под ним 11 трапеций. Площади первых
двух трапеций вычислите вручную (км/ч · с), а остальное пусть сложит компьютер: списки углов `times` и `speeds` даны
в ячейке ответа, напишите цикл по `k` и проверьте, что первые две площади совпали с вашими. Ответ:
`s_hill = ... * ureg.m` (принимается и другая единица длины; с точностью до 0,5 %).""",
               en=r"""The ECE-15 cycle's third and longest hill lasts from 117 s to 188 s; its corners (the graph's points joined
by straight segments) are:

""" + _hill_table("en") + r"""

How far does the car go on this part? The graph is made of 11 segments, with 11 trapezoids under it. Work out the
areas of the first two trapezoids by hand (km/h · s) and let the computer add them all: the corners' lists `times`
and `speeds` are in the answer cell; write a loop over `k` and check that its first two areas are the ones you
found. The answer: `s_hill = ... * ureg.m` (another unit of length is accepted too; within 0.5 %)."""),
        a.answer("hill-distance", """area = 0
for k in range(len(times) - 1):
    area = area + (times[k + 1] - times[k]) * (speeds[k] + speeds[k + 1]) / 2
s_hill = area / 3.6 * ureg.m""", before=HILL_LISTS + "\n# s_hill = ... * ureg.m"),
        a.tests("hill-distance-test", 2, public=_quantity_test("s_hill", "m", token["hill-distance"]),
                hidden="""from curriculum.check import rules
require(compare(s_hill, drive_cycle.piecewise_distance(drive_cycle.THIRD_HILL) * ureg.m, mode="units", rtol=0.005, rules=""" + _rules_text(
                    ("2326.5 * ureg.m", "not-converted"), ("741.39 * ureg.m", "rectangles")) + "), points=2)"),

        a.text(kk="## Ә бөлім. Деректер жазғышы және трапециялар формуласы",
               ru="## Часть Б. Регистратор данных и формула трапеций",
               en="## Part B. The data logger and the trapezoid rule"),
        a.task(4, 2, "B",
               kk=r"""Деректер жазғышы жылдамдықты (м/с) әр `h` секунд сайын жазады. Өлшемдер тізімі `speeds` бойынша жолды
(метрмен) трапециялар формуласымен қайтаратын `logger_distance(speeds, h)` функциясын жазыңыз. Мысалы,
`logger_distance([0, 4, 6], 2)` нәтижесі `14.0`. Нәтиже $10^{-6}$ салыстырмалы дәлдікпен тексеріледі.""",
               ru=r"""Регистратор данных записывает скорость (м/с) каждые `h` секунд. Напишите функцию `logger_distance(speeds, h)`,
которая по списку замеров `speeds` возвращает путь (в метрах) по формуле трапеций. Например,
`logger_distance([0, 4, 6], 2)` даёт `14.0`. Результат проверяется с относительной точностью $10^{-6}$.""",
               en=r"""A data logger records the speed (m/s) every `h` seconds. Write a function `logger_distance(speeds, h)` that
returns the distance (in metres) from the list of samples `speeds` by the trapezoid rule. For example,
`logger_distance([0, 4, 6], 2)` gives `14.0`. The result is checked to a relative $10^{-6}$."""),
        a.answer("logger-function", """def logger_distance(speeds, h):
    total = 0
    for k in range(len(speeds) - 1):
        total += (speeds[k] + speeds[k + 1]) / 2 * h
    return total""", hint=_msg(
            "def logger_distance(speeds, h): ... көрші өлшемдер арасындағы трапециялардың аудандарын қосыңыз",
            "def logger_distance(speeds, h): ... сложите площади трапеций между соседними замерами",
            "def logger_distance(speeds, h): ... add the trapezoids' areas between neighbouring samples")),
        a.tests("logger-function-test", 2, public=f"""assert callable(logger_distance), pick({_msg("logger_distance — функция болуы керек (def logger_distance(speeds, h): ...).", "logger_distance должна быть функцией (def logger_distance(speeds, h): ...).", "logger_distance should be a function (def logger_distance(speeds, h): ...).")!r})
assert abs(logger_distance([0, 4, 6], 2) - 14) < 1e-6, pick({_msg("logger_distance([0, 4, 6], 2) тапсырмадағы мысалдағыдай 14.0 беруі керек.", "logger_distance([0, 4, 6], 2) должна давать 14.0, как в примере задачи.", "logger_distance([0, 4, 6], 2) should give 14.0, as in the task's example.")!r})""",
                hidden="""from hypothesis import strategies as st
require(check_function(logger_distance, drive_cycle.logger_distance, rtol=1e-6,
                       inputs=[([0, 4, 6], 2), ([0, 5, 8, 9], 5), ([3, 3], 10), ([0, 2.625, 4.5, 5.625, 6], 5),
                               ([10, 0, 10, 0], 0.5), ([1, 2, 4, 8, 16, 32], 1)],
                       strategy=st.tuples(st.lists(st.floats(0, 40), min_size=2, max_size=30),
                                          st.sampled_from([0.1, 0.5, 1, 2, 5])),
                       max_examples=100), points=2)"""),

        a.task(5, 1, "B",
               kk=r"""Деректер жазғышы кроссовердің жылдамдығын әр 5 с сайын жазды: $0$; $5$; $8$; $9$ м/с ($t = 0$; $5$; $10$;
$15$ с). Трапециялар формуласы бойынша 15 секундтағы жол қандай? `s_log = ... * ureg.m` (0,5 % дәлдікпен; 4-тапсырмадағы
функцияңызды пайдалануға болады).""",
               ru=r"""Регистратор данных записал скорость кроссовера каждые 5 с: $0$; $5$; $8$; $9$ м/с ($t = 0$; $5$; $10$;
$15$ с). Каков путь за 15 секунд по формуле трапеций? `s_log = ... * ureg.m` (с точностью до 0,5 %; можно
использовать свою функцию из задачи 4).""",
               en=r"""The data logger recorded the crossover's speed every 5 s: $0$; $5$; $8$; $9$ m/s (at $t = 0$; $5$; $10$;
$15$ s). What is the distance in the 15 seconds by the trapezoid rule? `s_log = ... * ureg.m` (within 0.5 %; you may
use your function of task 4)."""),
        a.answer("logger-estimate", "s_log = 5 * (0 / 2 + 5 + 8 + 9 / 2) * ureg.m", before="# s_log = ... * ureg.m"),
        a.tests("logger-estimate-test", 1, public=_quantity_test("s_log", "m", token["logger-estimate"]),
                hidden="""from curriculum.check import rules
require(compare(s_log, drive_cycle.logger_distance([0, 5, 8, 9], 5) * ureg.m, mode="units", rtol=0.005, rules=""" + _rules_text(
                    ("110 * ureg.m", "no-halves"), ("17.5 * ureg.m", "no-step"), ("65 * ureg.m", "rectangles")) + "))"),

        a.task(6, 2, "B",
               kk=r"""Кроссовер жүргізушісімен $m = 1400$ кг, домалау кедергісінің коэффициенті $c_r = 0{,}012$, $g = 9{,}81$ м/с²
(ауа кедергісін ескермеңіз). 15 секундтағы үдеу кезінде дөңгелектердегі жұмыс
$A = \int_0^{15} (m\,v' + c_r m g)\,v\,dt$ қандай? `A = ... * ureg.kJ` (басқа энергия бірлігі де қабылданады; 1 %
дәлдікпен).""",
               ru=r"""Кроссовер с водителем: $m = 1400$ кг, коэффициент сопротивления качению $c_r = 0{,}012$, $g = 9{,}81$ м/с²
(сопротивление воздуха не учитывайте). Какова работа на колёсах за 15 секунд разгона,
$A = \int_0^{15} (m\,v' + c_r m g)\,v\,dt$? `A = ... * ureg.kJ` (принимается и другая единица энергии; с точностью
до 1 %).""",
               en=r"""The crossover with its driver: $m = 1400$ kg, rolling resistance coefficient $c_r = 0.012$, $g = 9.81$ m/s²
(leave the air's drag out). What is the work at the wheels in the 15 seconds of the speed-up,
$A = \int_0^{15} (m\,v' + c_r m g)\,v\,dt$? `A = ... * ureg.kJ` (another unit of energy is accepted too; within
1 %)."""),
        a.answer("speed-up-work", """v_t = 1.2 * t - 0.04 * t**2
P = (1400 * sp.diff(v_t, t) + 0.012 * 1400 * 9.81) * v_t
A = float(sp.integrate(P, (t, 0, 15))) * ureg.J""", before="# A = ... * ureg.kJ"),
        a.tests("speed-up-work-test", 2, public=_quantity_test("A", "kJ", token["speed-up-work"]),
                hidden="""from curriculum.check import rules
require(compare(A, drive_cycle.speed_up_energy(drive_cycle.TASK_RAMP, 0, 15, 1400, 0.012) * ureg.J, mode="units", rtol=0.01, rules=""" + _rules_text(
                    ("56.7 * ureg.kJ", "kinetic-only"), ("128.2 * ureg.kJ", "no-half-mv2")) + "), points=2)"),

        a.text(kk="## Б бөлім. Сынақ жолының циклі және қателік", ru="## Часть В. Цикл испытательного трека и ошибка",
               en="## Part C. The test-track cycle and the error"),
        a.task(7, 2, "C",
               kk=r"""Зертханада сынақ жолының бір «төбесін» құрастырыңыз: автомобиль тұрған жерден шығып, 500 м белгісінен кейін
20 м ішінде тоқтайды (жол 500 м-ден 520 м-ге дейін), 45 с-тан аспай, 60 км/сағ-тан жылдам жүрмей, ең үлкен үдеу
$1{,}5$ м/с²-тан, тежелу $2{,}5$ м/с²-тан аспайды. Профильді таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын
зертхана көрсеткен `design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru=r"""Постройте в лаборатории одну «горку» цикла испытательного трека: автомобиль трогается с места и
останавливается в пределах 20 м после отметки 500 м (путь от 500 м до 520 м), не дольше чем за 45 с, не быстрее
60 км/ч, наибольшее ускорение не больше $1{,}5$ м/с², замедление не больше $2{,}5$ м/с². Подберите профиль, нажмите
**Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает лаборатория.""",
               en=r"""Shape one hill of the test-track cycle in the lab: the car starts from rest and stops within 20 m past the
500 m mark (a distance from 500 m to 520 m), in at most 45 s, never faster than 60 km/h, with the greatest
acceleration at most $1.5$ m/s² and the braking at most $2.5$ m/s². Choose the profile, press **Check the design**,
then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""drive_cycle.make_lab("track")"""),
        a.answer("design", "design = {'v_top': 60, 't_acc': 12, 't_cruise': 21, 't_brake': 7, 'shape': 'linear'}",
                 before="# design = {'v_top': ..., 't_acc': ..., 't_cruise': ..., 't_brake': ..., 'shape': ...}"),
        a.tests("design-test", 2, public=f"""assert isinstance(design, dict) and "v_top" in design, pick({_msg("design = {'v_top': ..., ...} (зертхана көрсететін жол)", "design = {'v_top': ..., ...} (строка, которую показывает лаборатория)", "design = {'v_top': ..., ...} (the line the lab shows)")!r})
advise(check_design(design, drive_cycle.DESIGN_SPEC, model=drive_cycle.design_result))""",
                hidden="""require(check_design(design, drive_cycle.DESIGN_SPEC, model=drive_cycle.design_result))"""),
        a.task(8, 3, "C", locked_id="logger-error-prompt",
               kk=r"""Бұл тапсырманы үйде орындаңыз. (а) 5-тапсырмадағы бағалауды 2-тапсырмадағы дәл жолмен салыстырыңыз. Трапециялар формуласы неге кем береді?
Графиктің пішінімен түсіндіріңіз. (ә) $v(t)$ параболасы үшін трапециялар формуласының қателігі дәл
$\frac{(b - a)\,h^2\,|v''|}{12}$. Қателік $0{,}5$ м-ден кем болуы үшін $[0; 15]$ кесіндісін ең кемі неше тең қадамға
бөлу керек? (б) Неге ECE-15 циклі үшін оның бұрыштарындағы нүктелер бойынша трапециялар формуласы дәл жолды береді?
Жауапты төмендегі ұяшыққа сөзбен және есептеулермен жазыңыз.""",
               ru=r"""Эту задачу выполните дома. (а) Сравните оценку из задачи 5 с точным путём из задачи 2. Почему формула трапеций даёт меньше? Объясните
формой графика. (б) Для параболы $v(t)$ ошибка формулы трапеций равна ровно $\frac{(b - a)\,h^2\,|v''|}{12}$. На какое
наименьшее число равных шагов нужно разбить отрезок $[0; 15]$, чтобы ошибка была меньше $0{,}5$ м? (в) Почему для
цикла ECE-15 формула трапеций по точкам в его углах даёт точный путь? Напишите ответ словами и с вычислениями в
ячейке ниже.""",
               en=r"""Do this task at home. (a) Compare the estimate of task 5 with the exact distance of task 2. Why does the trapezoid rule give less?
Explain with the graph's shape. (b) For the parabola $v(t)$ the trapezoid rule's error is exactly
$\frac{(b - a)\,h^2\,|v''|}{12}$. Into how few equal steps must $[0; 15]$ be split at least for an error below
$0.5$ m? (c) Why does the trapezoid rule on the points at the ECE-15 cycle's corners give the exact distance? Write
your answer in words and with calculations in the cell below.""",
               rubric={
                   "kk": r"""* 1 ұпай: $90 - 87{,}5 = 2{,}5$ м (шамамен 2,8 %); $v'' = -0{,}08 < 0$, график жоғары қарай дөңес, әр хорда қисықтың
  астында, сондықтан трапециялардың ауданы кем.
* 1 ұпай: $h = 15/n$, қателік $\frac{15 \cdot h^2 \cdot 0{,}08}{12} = 0{,}1\,h^2$ ($h = 5$ кезінде $2{,}5$ м — бұл
  (а)-мен сәйкес); $0{,}1\,h^2 < 0{,}5$, $h < \sqrt{5} \approx 2{,}24$ с, $15/n < 2{,}24$, $n \ge 7$ (қателік шамамен
  $0{,}46$ м).
* 1 ұпай: ECE-15 графигі түзу кесінділерден тұрады; бұрыштар арасында трапеция графиктің астындағы фигураның өзі,
  сондықтан аудандардың қосындысы дәл интеграл.""",
                   "ru": r"""* 1 балл: $90 - 87{,}5 = 2{,}5$ м (около 2,8 %); $v'' = -0{,}08 < 0$, график выпуклый вверх, каждая хорда лежит
  под кривой, поэтому площадь трапеций меньше.
* 1 балл: $h = 15/n$, ошибка $\frac{15 \cdot h^2 \cdot 0{,}08}{12} = 0{,}1\,h^2$ (при $h = 5$ это $2{,}5$ м — как в
  (а)); $0{,}1\,h^2 < 0{,}5$, $h < \sqrt{5} \approx 2{,}24$ с, $15/n < 2{,}24$, $n \ge 7$ (ошибка около $0{,}46$ м).
* 1 балл: график ECE-15 состоит из отрезков; между углами трапеция и есть фигура под графиком, поэтому сумма
  площадей — точный интеграл.""",
                   "en": r"""* 1 point: $90 - 87.5 = 2.5$ m (about 2.8 %); $v'' = -0.08 < 0$, the graph is concave, each chord lies below
  the curve, so the trapezoids' area is smaller.
* 1 point: $h = 15/n$, the error is $\frac{15 \cdot h^2 \cdot 0.08}{12} = 0.1\,h^2$ ($2.5$ m at $h = 5$, as in (a));
  $0.1\,h^2 < 0.5$, $h < \sqrt{5} \approx 2.24$ s, $15/n < 2.24$, $n \ge 7$ (an error of about $0.46$ m).
* 1 point: the ECE-15 graph is made of straight segments; between corners the trapezoid is the very figure under
  the graph, so the sum of the areas is the exact integral."""}),
        a.written("logger-error", 3, r"""**Model answer (en).** (a) The exact distance is $90$ m, the estimate $87.5$ m: $2.5$ m (about 2.8 %) too
little. $v''(t) = -0.08 < 0$: the graph is concave (it bends downward), so the chord between two samples lies below
the curve and each trapezoid misses a thin sliver of the area. (b) With $n$ steps $h = 15/n$ and the error is
$\frac{15 \cdot h^2 \cdot 0.08}{12} = 0.1\,h^2$ ($2.5$ m for $h = 5$, as in (a)). $0.1\,h^2 < 0.5$ gives
$h < \sqrt{5} \approx 2.24$ s, so $15/n < 2.24$ and $n \ge 7$: seven steps of about $2.14$ s, an error of about
$0.46$ m. (c) The ECE-15 graph is made of straight segments: between two neighbouring corners the figure under the
graph is a trapezoid itself, so the sum of the trapezoids is the whole area, the exact integral.

**Үлгі жауап (kk).** (а) Дәл жол $90$ м, бағалау $87{,}5$ м: $2{,}5$ м (шамамен 2,8 %) кем. $v''(t) = -0{,}08 < 0$:
график жоғары қарай дөңес (төмен қарай иіледі), сондықтан екі өлшем арасындағы хорда қисықтың астында жатады, әр
трапеция ауданның жіңішке бөлігін қамтымайды. (ә) $n$ қадамда $h = 15/n$, қателік
$\frac{15 \cdot h^2 \cdot 0{,}08}{12} = 0{,}1\,h^2$ ($h = 5$ кезінде $2{,}5$ м — (а)-мен сәйкес). $0{,}1\,h^2 < 0{,}5$
теңсіздігінен $h < \sqrt{5} \approx 2{,}24$ с, яғни $15/n < 2{,}24$, $n \ge 7$: шамамен $2{,}14$ с-тық жеті қадам,
қателік шамамен $0{,}46$ м. (б) ECE-15 графигі түзу кесінділерден тұрады: көрші екі бұрыштың арасында графиктің
астындағы фигураның өзі трапеция, сондықтан трапециялардың қосындысы — бүкіл аудан, дәл интеграл.

**Образец ответа (ru).** (а) Точный путь $90$ м, оценка $87{,}5$ м: на $2{,}5$ м (около 2,8 %) меньше.
$v''(t) = -0{,}08 < 0$: график выпуклый вверх (изгибается вниз), поэтому хорда между двумя замерами лежит под кривой
и каждая трапеция упускает тонкую полоску площади. (б) При $n$ шагах $h = 15/n$, ошибка
$\frac{15 \cdot h^2 \cdot 0{,}08}{12} = 0{,}1\,h^2$ ($2{,}5$ м при $h = 5$ — как в (а)). Из $0{,}1\,h^2 < 0{,}5$
получаем $h < \sqrt{5} \approx 2{,}24$ с, то есть $15/n < 2{,}24$ и $n \ge 7$: семь шагов примерно по $2{,}14$ с,
ошибка около $0{,}46$ м. (в) График ECE-15 состоит из отрезков: между двумя соседними углами фигура под графиком
сама является трапецией, поэтому сумма трапеций — вся площадь, точный интеграл."""),

    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "drive_cycle.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
