"""Writes inf-08-line-robot's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-08-line-robot/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_inf_08_line_robot.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the tasks or comes from the lab's model
(``curriculum.labs.line_robot``); the module's test pins each one to the model. Tasks 5 and 6 have
per-student variants (``docs/variants.md``): the parameters cell draws each student's speed, route and stops.
"""

from __future__ import annotations

from pathlib import Path

from curriculum import authoring as a
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "inf-08-line-robot"

LESSON_SETUP = """from curriculum.i18n import pick
from curriculum.labs import line_robot
from curriculum.labs.line_robot import line_error, p_steer, pd_steer, sensor_readings, simulate"""


# -- lesson 1: the sensors, the error and P steering --------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Сызық бойымен жүретін робот, 1-сабақ. Датчиктер, қате және P-басқару

Қостанайдағы автомобиль зауытында бөлшектерді қоймадан құрастыру желісіне автоматты арбалар (AGV) тасиды. Олар
еденге боялған қара сызық бойымен жүреді, ал өтпе жолдың екі жағында бөлшектер тұрған сөрелер тұр. Жүргізушісі жоқ
робот сызықты қалай «көреді» және «рульді» қалай бұрады? Неге қарапайым ереже «сызық солда болса, солға бұрыл»
роботты тербелтеді?""",
            ru="""# Робот, следующий по линии, урок 1. Датчики, ошибка и P-регулятор

На автомобильном заводе в Костанае детали со склада на сборочную линию возят автоматические тележки (AGV). Они едут
вдоль чёрной линии, нарисованной на полу, а по обе стороны прохода стоят стеллажи с деталями. Как робот без водителя
«видит» линию и «крутит руль»? Почему простое правило «линия слева — поворачивай налево» раскачивает робота?""",
            en="""# A line-following robot, lesson 1. Sensors, the error and P steering

At the car plant in Kostanay automated guided vehicles (AGVs) carry parts from the warehouse to the assembly line.
They follow a black line painted on the floor, with racks of parts on both sides of the aisle. How does a robot
without a driver "see" the line and "turn the wheel"? Why does the simple rule "the line is on the left, turn left"
make the robot swing?"""),
        a.text(
            kk="""## 1. Датчиктер және қате

Арбаның алдында, дөңгелек осінен 6 см алда, 5 инфрақызыл (IR) датчигі бар тақтайша тұр; көрші датчиктердің
арасы 1,5 см. Қара сызық жарықты нашар шағылыстырады, сондықтан сызықтың үстіндегі датчик 1-ге жақын санды,
сызықтан алыстағысы 0-ді береді. Сызықтың орнын, яғни **қатені** $e$ (сызық робот ортасынан қанша метр солда),
датчиктер орындарының **салмақталған ортасы** (weighted average) береді:

$$e = \\frac{\\sum_i r_i\\, p_i}{\\sum_i r_i}$$

Мұнда $r_i$ — датчиктердің көрсеткіштері, $p_i$ — олардың орындары: −0,03; −0,015; 0; 0,015; 0,03 м. Бірде-бір датчик сызықты көрмесе, қосынды нөлге тең, ал нөлге бөлуге болмайды: робот сызықты жоғалтты.""",
            ru="""## 1. Датчики и ошибка

Впереди тележки, в 6 см перед осью колёс, стоит планка с 5 инфракрасными (IR) датчиками; соседние датчики на
расстоянии 1,5 см. Чёрная линия плохо отражает свет, поэтому датчик над линией даёт число около 1, а датчик вдали от
линии — 0. Положение линии, то есть **ошибку** $e$ (на сколько метров линия левее центра робота), даёт
**взвешенное среднее** (weighted average) положений датчиков:

$$e = \\frac{\\sum_i r_i\\, p_i}{\\sum_i r_i}$$

Здесь $r_i$ — показания датчиков, $p_i$ — их положения: −0,03; −0,015; 0; 0,015; 0,03 м. Если ни один датчик не видит линию, сумма равна нулю, а делить на ноль нельзя: робот потерял линию.""",
            en="""## 1. Sensors and the error

At the front of the cart, 6 cm ahead of the wheel axle, sits a bar with 5 infrared (IR) sensors, 1.5 cm apart.
The black line reflects little light, so a sensor above the line reads close to 1 and a sensor far from it reads 0.
The position of the line, the **error** $e$ (how many metres the line is to the left of the robot's centre), is the
**weighted average** of the sensors' positions:

$$e = \\frac{\\sum_i r_i\\, p_i}{\\sum_i r_i}$$

Here $r_i$ are the sensors' readings and $p_i$ their positions: −0.03; −0.015; 0; 0.015; 0.03 m. If no sensor sees the line, the sum is zero and we cannot divide by zero: the robot has lost the line."""),
        a.text(
            kk="""## 2. P-басқару

**Басқару заңы** (control law) қатеден бұрылу жылдамдығын $\\omega$ (рад/с, оң мән — солға бұрылу) таңдайды.
**Пропорционал басқару** (proportional) қате неше есе үлкен болса, сонша есе қатты бұрады: $\\omega = K_p\\, e$.
Қозғалтқыштар $\\pm 4$ рад/с-тан жылдам бұра алмайды, сондықтан команда осы шекпен шектеледі. Бағдарлама
датчиктерді секундына 100 рет оқиды.""",
            ru="""## 2. P-регулятор

**Закон управления** (control law) выбирает по ошибке скорость поворота $\\omega$ (рад/с, положительная — поворот
налево). **Пропорциональное управление** (proportional) поворачивает тем сильнее, чем больше ошибка:
$\\omega = K_p\\, e$. Моторы не могут поворачивать быстрее $\\pm 4$ рад/с, поэтому команда ограничивается этим
пределом. Программа опрашивает датчики 100 раз в секунду.""",
            en="""## 2. P steering

The **control law** chooses the turn rate $\\omega$ (rad/s, positive = turn left) from the error. **Proportional**
steering turns the harder, the larger the error: $\\omega = K_p\\, e$. The motors cannot turn faster than
$\\pm 4$ rad/s, so the command is limited to that. The program reads the sensors 100 times a second."""),
        a.example(
            kk="""### 1-мысал

Сызық тақтайшаның ортасынан 1 см солда тұр делік. Онда 3-датчик 0,5, ал 4-датчик 0,75 көрсетеді, қалғандары 0.
Салмақталған орта $e = \\dfrac{0{,}5 \\cdot 0 + 0{,}75 \\cdot 0{,}015}{0{,}5 + 0{,}75} = 0{,}009$ м: датчиктер сызықты
0,9 см солда «көреді» (дәл 1 см емес — бұл жуықтау). $K_p = 60$ (рад/с)/м болғанда P-басқару
$\\omega = 60 \\cdot 0{,}009 = 0{,}54$ рад/с командасын береді: робот солға бұрылады. Келесі ұяшық осыны модельдің
функцияларымен есептейді.""",
            ru="""### Пример 1

Пусть линия на 1 см левее центра планки. Тогда 3-й датчик показывает 0,5, 4-й — 0,75, остальные 0. Взвешенное
среднее $e = \\dfrac{0{,}5 \\cdot 0 + 0{,}75 \\cdot 0{,}015}{0{,}5 + 0{,}75} = 0{,}009$ м: датчики «видят» линию на 0,9 см
левее (не ровно 1 см — это приближение). При $K_p = 60$ (рад/с)/м P-регулятор даёт команду
$\\omega = 60 \\cdot 0{,}009 = 0{,}54$ рад/с: робот поворачивает налево. Следующая ячейка считает это функциями
модели.""",
            en="""### Example 1

Suppose the line is 1 cm to the left of the bar's centre. Then sensor 3 reads 0.5, sensor 4 reads 0.75 and the
others 0. The weighted average is $e = \\dfrac{0.5 \\cdot 0 + 0.75 \\cdot 0.015}{0.5 + 0.75} = 0.009$ m: the sensors
"see" the line 0.9 cm to the left (not exactly 1 cm: it is an approximation). With $K_p = 60$ (rad/s)/m, P steering
gives $\\omega = 60 \\cdot 0.009 = 0.54$ rad/s: the robot turns left. The next cell computes this with the model's
functions."""),
        a.code("""# [kk] сызық датчиктер тақтасының ортасынан 1 см сол жақта
# [ru] линия на 1 см левее центра линейки датчиков
# [en] the line 1 cm to the left of the bar's centre
readings = sensor_readings(0.01)
print(pick({"kk": "датчик көрсеткіштері:", "ru": "показания датчиков:", "en": "readings:"}), [round(r, 2) for r in readings])
e = line_error(readings)
print(pick({"kk": "қате e =", "ru": "ошибка e =", "en": "error e ="}), round(e, 4),
      pick({"kk": "м; P командасы:", "ru": "м; команда P:", "en": "m; P command:"}), round(p_steer(e, 60), 2),
      pick({"kk": "рад/с", "ru": "рад/с", "en": "rad/s"}))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертханада AGV тиеу станциясынан сызықтан 2 см солда, оған параллель шығады, $K_p = 60$, $K_d = 0$ (тек
P-басқару). ▶ батырмасын баспас бұрын жауап беріңіз: робот сызыққа жеткенде тоқтап, сызық бойымен тура жүре ме,
әлде сызықтан арғы жаққа өтіп кете ме? Өтіп кетсе, шамамен қанша сантиметрге? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

В лаборатории AGV выезжает со станции погрузки на 2 см левее линии, параллельно ей, $K_p = 60$, $K_d = 0$ (только
P-регулятор). Прежде чем нажать ▶, ответьте: дойдя до линии, робот поедет прямо по ней или проскочит на другую
сторону? Если проскочит, то примерно на сколько сантиметров? Запишите предсказание в тетрадь.""",
            en="""### Predict first

In the lab the AGV leaves the loading station 2 cm to the left of the line, parallel to it, with $K_p = 60$ and
$K_d = 0$ (P steering only). Before you press ▶, answer: when the robot reaches the line, does it drive straight on
along it, or does it cross to the other side? If it crosses, by about how many centimetres? Write your prediction
down."""),
        a.lab("""lab = line_robot.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

Жоғарғы сурет — AGV үстінен қарағанда: оның алдындағы тақтайшада 5 датчик, сызық үстіндегі датчик қызыл.
Ортаңғы график — трасса бойындағы робот жолы, төменгісі — датчик қатесі уақыт бойынша; көк белгі роботтың
қазір қай жерде екенін көрсетеді.

1. ▶ батырмасын басыңыз: робот трасса бойымен жүреді. Болжамыңыз расталды ма? Робот сызықтан өткенде
   датчиктердің қайсысы қызыл?
2. $K_d = 0$ қалдырып, $K_p$-ны 20-дан 200-ге дейін өзгертіңіз. Асып кету мен сызыққа шығу уақыты қалай
   өзгереді? Тек $K_p$-мен асып кетуді 10 %-дан азайта аласыз ба?
3. $K_p = 60$ қалдырып, жылдамдықты 0,5-тен 1,0 м/с-қа дейін арттырыңыз. Тербеліске не болады?""",
            ru="""### Исследуйте

Верхний рисунок — AGV сверху: на планке впереди 5 датчиков, датчик над линией красный. Средний график — путь
робота вдоль трека, нижний — ошибка датчиков во времени; синяя метка показывает, где робот сейчас.

1. Нажмите ▶: робот едет по треку. Подтвердилось ли предсказание? Какие датчики красные, когда робот
   проскакивает линию?
2. Оставьте $K_d = 0$ и меняйте $K_p$ от 20 до 200. Как меняются перерегулирование и время выхода на линию? Можно
   ли одним $K_p$ получить перерегулирование меньше 10 %?
3. Оставьте $K_p = 60$ и увеличьте скорость с 0,5 до 1,0 м/с. Что происходит с раскачкой?""",
            en="""### Explore

The top picture is the AGV seen from above: the bar in front holds 5 sensors, a sensor over the line is red. The
middle graph is the robot's path along the track, the bottom one the sensor error in time; the blue mark shows where
the robot is now.

1. Press ▶: the robot drives down the track. Was your prediction right? Which sensors are red when the robot
   crosses the line?
2. Keep $K_d = 0$ and change $K_p$ from 20 to 200. How do the overshoot and the time to reach the line change? Can
   you get the overshoot under 10 % with $K_p$ alone?
3. Keep $K_p = 60$ and raise the speed from 0.5 to 1.0 m/s. What happens to the swinging?"""),
        a.misconception(
            kk="""### Дұрыс па?

Бекзат былай дейді: «Қате нөлге тең болса, робот сызықтың үстінде, демек ол енді сызық бойымен тура жүреді».
Келісесіз бе? Төмендегі ұяшық робот сызықты алғаш кесіп өткен сәттегі оның бағытын (градуспен) және асып кетуді
көрсетеді. Робот неге тоқтамайды?""",
            ru="""### Верно ли?

Бекзат говорит: «Если ошибка равна нулю, робот над линией, значит дальше он поедет прямо по ней». Согласны? Ячейка
ниже показывает направление робота (в градусах) в момент, когда он впервые пересекает линию, и перерегулирование.
Почему робот не останавливается?""",
            en="""### Is it true?

Bekzat says: "When the error is zero the robot is on the line, so from then on it drives straight along it." Do you
agree? The cell below shows the robot's heading (in degrees) at the moment it first crosses the line, and the
overshoot. Why does the robot not stop there?"""),
        a.code("""import math

run = simulate(60, 0, v=0.5)
k = next(i for i, y in enumerate(run["y"]) if y <= 0)
print(pick({"kk": "сызықты кесіп өткен уақыт, с:", "ru": "время пересечения линии, с:", "en": "time of crossing the line, s:"}),
      round(run["t"][k], 2))
print(pick({"kk": "бағыты, градус:", "ru": "направление, градусы:", "en": "heading, degrees:"}),
      round(math.degrees(run["theta"][k]), 1))
print(pick({"kk": "асып кету, %:", "ru": "перерегулирование, %:", "en": "overshoot, %:"}), round(run["overshoot"]))""",
               role="misconception"),
        a.summary(
            kk="""## Қорытынды

* **Қате** $e$ — сызық робот ортасынан қанша метр солда; оны датчиктер орындарының **салмақталған ортасы** береді.
* **Басқару заңы** қатеден бұрылу жылдамдығын таңдайды; **пропорционал басқару**: $\\omega = K_p\\, e$, $\\pm 4$ рад/с-пен
  шектелген.
* Робот сызыққа қиғаш келеді, ал қозғалтқыштар кешігеді: P-басқарумен ол сызықтан өтіп кетеді, **асып кету** мен
  **тербеліс** пайда болады.""",
            ru="""## Итоги

* **Ошибка** $e$ — на сколько метров линия левее центра робота; её даёт **взвешенное среднее** положений датчиков.
* **Закон управления** выбирает по ошибке скорость поворота; **пропорциональное управление**: $\\omega = K_p\\, e$,
  с ограничением $\\pm 4$ рад/с.
* Робот подходит к линии наискосок, а моторы запаздывают: с P-регулятором он проскакивает линию, появляются
  **перерегулирование** и **колебание** (раскачка).""",
            en="""## Summary

* The **error** $e$ is how many metres the line is to the left of the robot's centre; the **weighted average** of
  the sensors' positions gives it.
* The **control law** chooses the turn rate from the error; **proportional** steering: $\\omega = K_p\\, e$, limited
  to $\\pm 4$ rad/s.
* The robot comes to the line at an angle and the motors lag: with P steering it crosses the line, and
  **overshoot** and **oscillation** appear."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «$K_p$-ны арттырсам, робот сызыққа ... жетеді, бірақ ...».
2. Өз өміріңізде тағы қай жерде «тым кеш тоқтау» тербеліске әкеледі (велосипед, душтағы судың температурасы)?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Если увеличить $K_p$, робот дойдёт до линии ..., но ...».
2. Где ещё в жизни «слишком поздняя остановка» приводит к раскачке (велосипед, температура воды в душе)?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "If I raise $K_p$, the robot reaches the line ..., but ..."
2. Where else in your life does "stopping too late" lead to swinging (a bicycle, the water temperature in a
   shower)?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: PD steering and tuning the robot --------------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Сызық бойымен жүретін робот, 2-сабақ. PD-басқару: D құраушы тербелісті басады

Өтпе жол тар: сызықтан 3 см-ден артық ауытқыған AGV сөреге тиіп кетуі мүмкін. Құрастыру желісі бөлшекті күтпеуі
үшін арба кемінде 0,5 м/с жылдамдықпен жүруі және станциядан шыққан соң 1,5 с ішінде сызыққа шығуы керек. Тек
P-басқарумен робот тербеледі. Жүргізуші рульді сызыққа жеткенде емес, сәл ертерек түзейді: роботқа да осыны қалай
үйретеміз?""",
            ru="""# Робот, следующий по линии, урок 2. PD-регулятор: D-составляющая гасит раскачку

Проход узкий: AGV, отклонившаяся от линии больше чем на 3 см, может задеть стеллаж. Чтобы сборочная линия не ждала
детали, тележка должна ехать не медленнее 0,5 м/с и выходить на линию за 1,5 с после станции. С одним P-регулятором
робот раскачивается. Водитель выравнивает руль не тогда, когда доехал до линии, а чуть раньше: как научить этому
робота?""",
            en="""# A line-following robot, lesson 2. PD steering: the D term damps the swinging

The aisle is narrow: an AGV more than 3 cm off the line may touch a rack. So that the assembly line never waits for
parts, the cart must drive at 0.5 m/s or faster and reach the line within 1.5 s after the station. With P steering
alone the robot swings. A driver straightens the wheel a little before reaching the line, not when there: how do we
teach the robot to do the same?"""),
        a.text(
            kk="""## 3. D құраушы

**P-басқару** бұрылуды тек қатеге қарап таңдайды. Робот сызыққа жеткенде $e = 0$, команда да нөл, бірақ робот
әлі сызыққа қиғаш келе жатыр, ал қозғалтқыштар бірден бұрыла алмайды (шамамен 0,1 с кешігеді). Сондықтан робот
сызықтан өтіп кетеді.

**D құраушы** қатенің **туындысына**, яғни қатенің қаншалықты тез өзгеретініне қарайды:
$\\dfrac{e - e_{prev}}{\\Delta t}$, мұнда $e_{prev}$ — бір қадам бұрын ($\\Delta t = 0{,}01$ с) өлшенген қате.
Робот сызыққа тез жақындаса, бұл шама теріс, ал D бұрылысты алдын ала тежейді — көліктегі **амортизатор**
(damper) сияқты. **Пропорционал-дифференциал басқару** (proportional-derivative) екеуін қосады:

$$\\omega = K_p\\, e + K_d\\, \\frac{e - e_{prev}}{\\Delta t}, \\qquad |\\omega| \\le 4\\ \\text{рад/с}$$""",
            ru="""## 3. D-составляющая

**P-регулятор** выбирает поворот только по ошибке. Когда робот доходит до линии, $e = 0$ и команда равна нулю, но
робот ещё идёт к линии наискосок, а моторы не могут повернуть мгновенно (запаздывают примерно на 0,1 с). Поэтому
робот проскакивает линию.

**D-составляющая** смотрит на **производную** ошибки, то есть на то, как быстро ошибка меняется:
$\\dfrac{e - e_{prev}}{\\Delta t}$, где $e_{prev}$ — ошибка, измеренная на шаг раньше ($\\Delta t = 0{,}01$ с). Если
робот быстро приближается к линии, эта величина отрицательна, и D заранее тормозит поворот — как **амортизатор**
(damper) в автомобиле. **Пропорционально-дифференциальное управление** (proportional-derivative) складывает оба:

$$\\omega = K_p\\, e + K_d\\, \\frac{e - e_{prev}}{\\Delta t}, \\qquad |\\omega| \\le 4\\ \\text{рад/с}$$""",
            en="""## 3. The D term

**P steering** chooses the turn from the error alone. When the robot reaches the line, $e = 0$ and the command is
zero, but the robot is still heading towards the line at an angle, and the motors cannot turn at once (they lag by
about 0.1 s). So the robot drives past the line.

The **D term** looks at the **derivative** of the error, how fast the error changes: $\\dfrac{e - e_{prev}}{\\Delta t}$,
where $e_{prev}$ is the error measured one step earlier ($\\Delta t = 0.01$ s). If the robot approaches the line
quickly, this is negative and the D term brakes the turn early, like a car's **damper**.
**Proportional-derivative** steering adds both:

$$\\omega = K_p\\, e + K_d\\, \\frac{e - e_{prev}}{\\Delta t}, \\qquad |\\omega| \\le 4\\ \\text{rad/s}$$"""),
        a.example(
            kk="""### 2-мысал

Қате бір қадамда 0,012 м-ден 0,010 м-ге дейін азайды, $K_p = 60$, $K_d = 5$. P бөлігі $60 \\cdot 0{,}010 = 0{,}6$
рад/с, D бөлігі $5 \\cdot \\dfrac{0{,}010 - 0{,}012}{0{,}01} = -1$ рад/с, барлығы −0,4 рад/с: робот сызыққа
тез жақындап келеді, сондықтан PD оны алдын ала кері бұра бастайды. Келесі ұяшық мұны есептейді де, 3 м сынақ
трассасындағы екі жүрісті салыстырады: $K_d = 0$ және $K_d = 15$.""",
            ru="""### Пример 2

Ошибка за один шаг уменьшилась с 0,012 м до 0,010 м, $K_p = 60$, $K_d = 5$. P-часть $60 \\cdot 0{,}010 = 0{,}6$
рад/с, D-часть $5 \\cdot \\dfrac{0{,}010 - 0{,}012}{0{,}01} = -1$ рад/с, всего −0,4 рад/с: робот быстро
приближается к линии, поэтому PD заранее начинает поворачивать его обратно. Следующая ячейка считает это и
сравнивает два заезда по 3-метровому испытательному треку: $K_d = 0$ и $K_d = 15$.""",
            en="""### Example 2

In one step the error shrank from 0.012 m to 0.010 m, with $K_p = 60$ and $K_d = 5$. The P part is
$60 \\cdot 0.010 = 0.6$ rad/s, the D part $5 \\cdot \\dfrac{0.010 - 0.012}{0.01} = -1$ rad/s, together −0.4 rad/s:
the robot approaches the line fast, so PD starts turning it back early. The next cell computes this and compares
two runs on the 3 m test track: $K_d = 0$ and $K_d = 15$."""),
        a.code("""print(pd_steer(0.010, 0.012, 60, 5, 0.01))

# [kk] 3 м сынақ трассасындағы толық жүріс: AGV сызықтан 2 см сол жақтан бастайды
# [ru] целый заезд по 3-метровому испытательному треку: AGV стартует в 2 см левее линии
# [en] a whole run on the 3 m test track: the AGV starts 2 cm to the left of the line
for kp, kd in [(60, 0), (60, 15)]:
    run = simulate(kp, kd, v=0.5)
    print(f"Kp = {kp}, Kd = {kd}:",
          pick({"kk": "асып кету, %:", "ru": "перерегулирование, %:", "en": "overshoot, %:"}), round(run["overshoot"]),
          pick({"kk": "| сызыққа шығу, с:", "ru": "| выход на линию, с:", "en": "| on the line after, s:"}),
          round(run["time_to_line"], 2))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Айгерім былай дейді: «D құраушы тербелісті басады, демек $K_d$ неғұрлым үлкен болса, соғұрлым жақсы». Келісесіз
бе? Төмендегі ұяшық $K_p = 10$, $K_d = 20$ жүрісін көрсетеді. Асып кету бар ма? Робот сызыққа қашан шығады және
бұл талапқа сай ма?""",
            ru="""### Верно ли?

Айгерим говорит: «D-составляющая гасит раскачку, значит чем больше $K_d$, тем лучше». Согласны? Ячейка ниже
показывает заезд с $K_p = 10$, $K_d = 20$. Есть ли перерегулирование? Когда робот выходит на линию и подходит ли это
под требование?""",
            en="""### Is it true?

Aigerim says: "The D term damps the swinging, so the larger $K_d$, the better." Do you agree? The cell below shows a
run with $K_p = 10$ and $K_d = 20$. Is there an overshoot? When does the robot reach the line, and does that meet the
requirement?"""),
        a.code("""run = simulate(10, 20, v=0.5)
print(pick({"kk": "асып кету, %:", "ru": "перерегулирование, %:", "en": "overshoot, %:"}), round(run["overshoot"]),
      pick({"kk": "| сызыққа шығу, с:", "ru": "| выход на линию, с:", "en": "| on the line after, s:"}),
      round(run["time_to_line"], 2))""", role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Келесі зертханада роботты баптайсыз: 1,5 с ішінде сызыққа шығу (±5 мм), асып кету 10 %-дан аспауы, ±3 см
жолақтан шықпау, жылдамдық кемінде 0,5 м/с. Жүгірткілерді қозғамас бұрын бағалаңыз: мұны тек P-басқарумен
($K_d = 0$) істеуге бола ма? $K_p = 60$ болса, $K_d$ шамамен қандай болуы керек: 1, 15 әлде 20?""",
            ru="""### Сначала оцените

В следующей лаборатории вы настраиваете робота: выйти на линию (±5 мм) за 1,5 с, перерегулирование не больше 10 %,
не выходить из полосы ±3 см, скорость не меньше 0,5 м/с. Прежде чем двигать ползунки, оцените: можно ли это сделать
только P-регулятором ($K_d = 0$)? Если $K_p = 60$, каким примерно должен быть $K_d$: 1, 15 или 20?""",
            en="""### Estimate first

In the next lab you tune the robot: reach the line (±5 mm) within 1.5 s, overshoot at most 10 %, never leave the
±3 cm band, speed at least 0.5 m/s. Before you move the sliders, estimate: can it be done with P steering alone
($K_d = 0$)? With $K_p = 60$, about which $K_d$ is needed: 1, 15 or 20?"""),
        a.design_lab("""design_lab = line_robot.make_lab("agv-pd")
design_lab"""),
        a.text(
            kk="""$K_p$, $K_d$ және жылдамдықты барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз.
▶ батырмасымен роботтың жүрісін көріңіз. Бағалауыңыз расталды ма? Талаптарды орындайтын тағы бір баптауды табыңыз:
жылдамдық 1,0 м/с болса, не өзгереді?""",
            ru="""Подберите $K_p$, $K_d$ и скорость так, чтобы выполнялись все требования, и нажмите **Проверить проект**.
Посмотрите заезд робота кнопкой ▶. Подтвердилась ли оценка? Найдите ещё одну настройку, которая выполняет
требования: что меняется при скорости 1,0 м/с?""",
            en="""Choose $K_p$, $K_d$ and the speed so that every requirement holds, and press **Check the design**. Watch the
robot's run with ▶. Was your estimate right? Find another tuning that meets the requirements: what changes at
1.0 m/s?"""),
        a.summary(
            kk="""## Қорытынды

* **Пропорционал-дифференциал басқару**: $\\omega = K_p\\, e + K_d\\, (e - e_{prev})/\\Delta t$.
* D құраушы қатенің **туындысына** (өзгеру жылдамдығына) қарайды да, бұрылысты сызыққа жетпей тұрып тежейді —
  **амортизатор** сияқты; **тербеліс** пен **асып кету** азаяды.
* $K_d$ тым үлкен болса, робот асып кетпейді, бірақ сызыққа баяу шығады: баптау — талаптардың арасындағы келісім.""",
            ru="""## Итоги

* **Пропорционально-дифференциальное управление**: $\\omega = K_p\\, e + K_d\\, (e - e_{prev})/\\Delta t$.
* D-составляющая пропорциональна скорости изменения ошибки (её **производная**, умноженная на $K_d$) и тормозит
  поворот ещё до линии — как **амортизатор**; **колебание** и **перерегулирование** уменьшаются.
* При слишком большом $K_d$ робот не проскакивает линию, но выходит на неё медленно: настройка — компромисс между
  требованиями.""",
            en="""## Summary

* **Proportional-derivative** steering: $\\omega = K_p\\, e + K_d\\, (e - e_{prev})/\\Delta t$.
* The D term looks at the **derivative** of the error (how fast it changes) and brakes the turn before the line,
  like a **damper**; **oscillation** and **overshoot** shrink.
* With too large a $K_d$ the robot does not cross the line but reaches it slowly: tuning is a compromise between
  the requirements."""),
        a.reflection(
            kk="""## Рефлексия

1. Робот баптауда қай талапты орындау ең қиын болды және неге?
2. Сөйлемді аяқтаңыз: «D құраушы роботқа ... көмектеседі, себебі ол ... қарайды».
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Какое требование было труднее всего выполнить при настройке робота и почему?
2. Закончите предложение: «D-составляющая помогает роботу ..., потому что смотрит на ...».
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Which requirement was the hardest to meet when you tuned the robot, and why?
2. Finish the sentence: "The D term helps the robot ... because it looks at ..."
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, compare, check_function, check_design, fingerprint, require, rules, self_check
from curriculum.labs import line_robot
from curriculum.i18n import pick

# [kk] датчиктер тақтасындағы 5 IR датчигі: орындары метрмен (оң мән — роботтың ортасынан сол жақта)
# [ru] 5 ИК-датчиков поперёк линейки: положения в м (положительные — левее центра робота)
# [en] the 5 IR sensors across the sensor bar: positions in m (positive = to the left of the robot's centre)
POSITIONS = [-0.03, -0.015, 0.0, 0.015, 0.03]
# [kk] доңғалақ қозғалтқыштары беретін ең үлкен бұрылу жылдамдығы, рад/с
# [ru] наибольшая скорость поворота, которую дают моторы колёс, рад/с
# [en] the largest turn rate the wheel motors give, rad/s
OMEGA_MAX = 4.0
# [kk] 4-тапсырмаға арналған символдар
# [ru] символы для задания 4
# [en] symbols for Task 4
Kp, Kd, e0, c, t, dt = sp.symbols("Kp Kd e0 c t dt", positive=True)"""

PARAMETERS = """from curriculum.variants import Variant

variant = Variant(count=10)
agv_speed, route_m, stop_s = variant.pick([(0.5, 180, 30), (0.4, 160, 20), (0.6, 210, 25), (0.7, 280, 30),
                                            (0.8, 240, 45), (0.9, 270, 40), (1.0, 300, 25), (1.1, 330, 30),
                                            (1.2, 300, 20), (0.45, 180, 25), (0.55, 220, 40), (0.65, 260, 35)])"""

MS_NOT_CONVERTED = """{'kk': 'Миллисекундты секундқа айналдырыңыз: 10 мс = 0,01 с.', 'ru': 'Переведите миллисекунды в секунды: 10 мс = 0,01 с.', 'en': 'Convert milliseconds to seconds: 10 ms = 0.01 s.'}"""
STOPS_FORGOTTEN = """{"kk": f"Жүру уақыты дұрыс, бірақ екі аялдаманы (әрқайсысы {stop_s} с) қосуды ұмытпаңыз.", "ru": f"Время в пути верное, но не забудьте две остановки по {stop_s} с.", "en": f"The driving time is right, but add the two stops of {stop_s} s each."}"""


def assignment(meta: object) -> object:
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.parameters(PARAMETERS),
        a.text(
            kk="""# Сызық бойымен жүретін робот: P және PD басқару

Қостанайдағы автомобиль зауытында автоматты басқарылатын арба (AGV) бөлшектерді қоймадан құрастыру желісіне еденге
боялған қара сызық бойымен тасиды. Арбаның алдында 5 инфрақызыл (IR) датчигі бар тақтайша орнатылған. Әр датчик
сызықтың өзіне қаншалықты жақын екенін 0-ден 1-ге дейінгі санмен көрсетеді. Осы бес саннан бағдарлама **қатені**
$e$ есептейді: сызық робот ортасынан қанша метр солға ($e > 0$) немесе оңға ($e < 0$) тұр. Содан кейін **басқару
заңы** бұрылу жылдамдығын $\\omega$ (рад/с, оң мән — солға бұрылу) таңдайды:

* **P-басқару**: $\\omega = K_p \\, e$;
* **PD-басқару**: $\\omega = K_p \\, e + K_d \\, \\dfrac{e - e_{prev}}{\\Delta t}$.

Бағдарлама датчиктерді секундына 100 рет оқиды ($\\Delta t = 0{,}01$ с), ал қозғалтқыштар роботты
$\\omega_{max} = 4$ рад/с-тан жылдам бұра алмайды. Бұл тапсырмада сіз Python-да (цикл, тармақталу, функция)
датчик қатесін және екі басқару заңын жазасыз, модельдің бірнеше санын есептейсіз және зертханада роботты
баптайсыз. Уақыты — 45 минут.

**Жауапты қалай жазу керек.** Бірінші ұяшықта `POSITIONS` тізімі (датчиктердің орны, м), `OMEGA_MAX = 4.0` және
4-тапсырманың символдары анықталған. Екінші ұяшық сіздің тапсырмаңыздың сандарын береді: `agv_speed`, `route_m`,
`stop_s` (әр оқушының сандары өзінікі). Python кодында бөлшек сандар нүктемен жазылады: `0.015`. Функцияны
тапсырма айтқан атпен және параметрлерімен жазыңыз; өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз. Әр
тапсырманың астындағы тест ұяшығын іске қосыңыз.""",
            ru="""# Робот, следующий по линии: P- и PD-регулятор

На автомобильном заводе в Костанае автоматическая тележка (AGV) возит детали со склада на сборочную линию вдоль
чёрной линии, нарисованной на полу. Впереди у тележки планка с 5 инфракрасными (IR) датчиками. Каждый датчик
показывает числом от 0 до 1, насколько близко к нему линия. Из этих пяти чисел программа считает **ошибку** $e$: на
сколько метров линия левее ($e > 0$) или правее ($e < 0$) центра робота. Затем **закон управления** выбирает
скорость поворота $\\omega$ (рад/с, положительная — поворот налево):

* **P-регулятор**: $\\omega = K_p \\, e$;
* **PD-регулятор**: $\\omega = K_p \\, e + K_d \\, \\dfrac{e - e_{prev}}{\\Delta t}$.

Программа опрашивает датчики 100 раз в секунду ($\\Delta t = 0{,}01$ с), а моторы не могут поворачивать робота
быстрее $\\omega_{max} = 4$ рад/с. В этом задании вы напишете на Python (циклы, ветвление, функции) ошибку датчиков
и оба закона управления, посчитаете несколько чисел модели и настроите робота в лаборатории. Время — 45 минут.

**Как записывать ответы.** В первой ячейке уже определены список `POSITIONS` (положения датчиков, м),
`OMEGA_MAX = 4.0` и символы для задания 4. Вторая ячейка задаёт числа вашего задания: `agv_speed`, `route_m`,
`stop_s` (у каждого ученика свои числа). В коде Python дробные числа пишутся через точку: `0.015`. Пишите функцию с
тем именем и теми параметрами, которые называет задача; величину с единицей измерения записывайте через `ureg`.
Запускайте тестовую ячейку под каждой задачей.""",
            en="""# A line-following robot: P and PD steering

At the car plant in Kostanay an automated guided vehicle (AGV) carries parts from the warehouse to the assembly
line along a black line painted on the floor. At its front the AGV has a bar with 5 infrared (IR) sensors. Each
sensor gives a number from 0 to 1 that says how close the line is to it. From these five numbers the program
computes the **error** $e$: how many metres the line is to the left ($e > 0$) or to the right ($e < 0$) of the
robot's centre. Then the **control law** chooses the turn rate $\\omega$ (rad/s, positive = turn left):

* **P steering**: $\\omega = K_p \\, e$;
* **PD steering**: $\\omega = K_p \\, e + K_d \\, \\dfrac{e - e_{prev}}{\\Delta t}$.

The program reads the sensors 100 times a second ($\\Delta t = 0.01$ s), and the motors cannot turn the robot
faster than $\\omega_{max} = 4$ rad/s. In this assignment you write the sensor error and both control laws in
Python (loops, branching, functions), compute a few numbers of the model and tune the robot in the lab. Time: 45
minutes.

**How to write answers.** The first cell defines the list `POSITIONS` (the sensors' positions, m),
`OMEGA_MAX = 4.0` and the symbols for Task 4. The second cell gives the numbers of your tasks: `agv_speed`,
`route_m`, `stop_s` (every student has their own). In Python code a decimal number is written with a point:
`0.015`. Write each function with the name and parameters the task
gives; write a quantity with a unit through `ureg`. Run the test cell under each task."""),

        a.text(kk="## А бөлім. Датчиктер және басқару заңдары", ru="## Часть А. Датчики и законы управления",
               en="## Part A. Sensors and control laws"),
        a.task(1, 2, "B",
               kk="""Датчик қатесі: салмақталған орта. `line_error(readings)` функциясын жазыңыз. `readings` — бес датчиктің
көрсеткіштері $r_1, \\dots, r_5$ (0-ден 1-ге дейінгі сандар тізімі), `POSITIONS` — олардың орындары $p_i$ (м).
Функция **салмақталған ортаны** қайтарады: әр орынды өз көрсеткішіне көбейтіп қосамыз да, көрсеткіштердің
қосындысына бөлеміз (төмендегі формула). Циклды (`for`) қолданыңыз. Егер бірде-бір датчик сызықты көрмесе (барлық
көрсеткіш 0), нөлге бөлуге болмайды: онда функция `None` қайтарсын (робот сызықты жоғалтты).

Мысалдар: `line_error([0, 0, 1, 0, 0])` → `0.0` (сызық дәл ортада), `line_error([0, 0, 0.5, 0.5, 0])` →
`0.0075` (сызық 3- және 4-датчиктің ортасында, 7,5 мм солда), `line_error([0, 0, 0, 0, 0])` → `None`.""",
               ru="""Ошибка датчиков: взвешенное среднее. Напишите функцию `line_error(readings)`. `readings` — показания пяти
датчиков $r_1, \\dots, r_5$ (список чисел от 0 до 1), `POSITIONS` — их положения $p_i$ (м). Функция возвращает
**взвешенное среднее**: каждое положение умножаем на его показание, складываем и делим на сумму показаний (формула
ниже). Используйте цикл (`for`). Если ни один датчик не видит линию (все показания 0), делить на ноль нельзя: тогда
функция возвращает `None` (робот потерял линию).

Примеры: `line_error([0, 0, 1, 0, 0])` → `0.0` (линия точно посередине), `line_error([0, 0, 0.5, 0.5, 0])` →
`0.0075` (линия между 3-м и 4-м датчиками, на 7,5 мм левее), `line_error([0, 0, 0, 0, 0])` → `None`.""",
               en="""The sensor error: a weighted average. Write the function `line_error(readings)`. `readings` holds the five
sensors' readings $r_1, \\dots, r_5$ (a list of numbers from 0 to 1), `POSITIONS` their positions $p_i$ (m). The
function returns the **weighted average**: multiply each position by its reading, add the products up and divide by
the sum of the readings (formula below). Use a loop (`for`). If no sensor sees the line (all readings are 0), you
cannot divide by zero: then the function returns `None` (the robot has lost the line).

Examples: `line_error([0, 0, 1, 0, 0])` → `0.0` (the line is right in the middle), `line_error([0, 0, 0.5, 0.5, 0])`
→ `0.0075` (the line is between sensors 3 and 4, 7.5 mm to the left), `line_error([0, 0, 0, 0, 0])` → `None`."""),
        a.text(
            kk="""| | 1 | 2 | 3 | 4 | 5 |
|---|---|---|---|---|---|
| $p_i$, м | −0,03 | −0,015 | 0 | 0,015 | 0,03 |
| $r_i$ | 0 | 0 | 0,5 | 0,5 | 0 |

$$e = \\frac{r_1 p_1 + r_2 p_2 + r_3 p_3 + r_4 p_4 + r_5 p_5}{r_1 + r_2 + r_3 + r_4 + r_5}$$""",
            ru="""| | 1 | 2 | 3 | 4 | 5 |
|---|---|---|---|---|---|
| $p_i$, м | −0,03 | −0,015 | 0 | 0,015 | 0,03 |
| $r_i$ | 0 | 0 | 0,5 | 0,5 | 0 |

$$e = \\frac{r_1 p_1 + r_2 p_2 + r_3 p_3 + r_4 p_4 + r_5 p_5}{r_1 + r_2 + r_3 + r_4 + r_5}$$""",
            en="""| | 1 | 2 | 3 | 4 | 5 |
|---|---|---|---|---|---|
| $p_i$, m | −0.03 | −0.015 | 0 | 0.015 | 0.03 |
| $r_i$ | 0 | 0 | 0.5 | 0.5 | 0 |

$$e = \\frac{r_1 p_1 + r_2 p_2 + r_3 p_3 + r_4 p_4 + r_5 p_5}{r_1 + r_2 + r_3 + r_4 + r_5}$$"""),
        a.answer("line-error", """def line_error(readings):
    total = 0.0
    weighted = 0.0
    for i in range(len(readings)):
        total = total + readings[i]
        weighted = weighted + readings[i] * POSITIONS[i]
    if total == 0:
        return None
    return weighted / total""", hint={
            "kk": "def line_error(readings): ...   сызықтың орнын метрмен немесе None қайтарады",
            "ru": "def line_error(readings): ...   возвращает положение линии в м или None",
            "en": "def line_error(readings): ...   returns the line's position in m, or None"}),
        a.tests("line-error-test", 2, public="""assert callable(line_error), pick({"kk": "line_error: функция керек", "ru": "line_error: нужна функция", "en": "line_error should be a function"})
# [kk] тапсырма мәтініндегі мысалдар
# [ru] примеры из текста задания
# [en] the examples from the task text
require(compare(line_error([0, 0, 1, 0, 0]), 0, mode="numeric", atol=1e-12))
require(compare(line_error([0, 0, 0.5, 0.5, 0]), 0.0075, mode="numeric", rtol=1e-6))
assert line_error([0, 0, 0, 0, 0]) is None, "line_error([0, 0, 0, 0, 0]) → None\"""", hidden="""from hypothesis import strategies as st
cases = [[0, 0, 1, 0, 0], [1, 0, 0, 0, 0], [0, 0, 0, 0, 1], [0, 0, 0, 0, 0], [0.2, 0.9, 0.3, 0, 0],
         [0, 0, 0, 0.4, 1], [0.1, 0.1, 0.1, 0.1, 0.1], [0, 0, 0, 0, 0.05], [0.7, 0.2, 0, 0, 0], [0, 0.5, 0.75, 0, 0]]
reading = st.integers(min_value=0, max_value=1000).map(lambda n: n / 1000)
require(check_function(line_error, line_robot.line_error, inputs=[(list(r),) for r in cases],
                       strategy=st.tuples(st.lists(reading, min_size=5, max_size=5)), max_examples=150,
                       rtol=1e-9, atol=1e-12))"""),

        a.task(2, 1, "A",
               kk="""P-басқару. `p_steer(e, kp)` функциясын жазыңыз: ол $K_p \\, e$ бұрылу командасын (рад/с) қайтарады, бірақ
қозғалтқыштар $\\pm 4$ рад/с-тан асып кете алмайды. Сондықтан тармақталуды (`if`) қолданыңыз: команда
`OMEGA_MAX`-тан үлкен болса, `OMEGA_MAX` қайтарыңыз, `-OMEGA_MAX`-тан кіші болса, `-OMEGA_MAX` қайтарыңыз.

Мысалдар: `p_steer(0.02, 60)` → `1.2`; `p_steer(0.1, 60)` → `4.0` (60 · 0,1 = 6 шектеледі).""",
               ru="""P-регулятор. Напишите функцию `p_steer(e, kp)`: она возвращает команду поворота $K_p \\, e$ (рад/с), но
моторы не могут дать больше $\\pm 4$ рад/с. Поэтому используйте ветвление (`if`): если команда больше `OMEGA_MAX`,
верните `OMEGA_MAX`, если меньше `-OMEGA_MAX`, верните `-OMEGA_MAX`.

Примеры: `p_steer(0.02, 60)` → `1.2`; `p_steer(0.1, 60)` → `4.0` (60 · 0,1 = 6 ограничивается).""",
               en="""P steering. Write the function `p_steer(e, kp)`: it returns the steering command $K_p \\, e$ (rad/s), but
the motors cannot give more than $\\pm 4$ rad/s. So use branching (`if`): if the command is above `OMEGA_MAX`, return
`OMEGA_MAX`; if it is below `-OMEGA_MAX`, return `-OMEGA_MAX`.

Examples: `p_steer(0.02, 60)` → `1.2`; `p_steer(0.1, 60)` → `4.0` (60 · 0.1 = 6 is limited)."""),
        a.answer("p-steer", """def p_steer(e, kp):
    u = kp * e
    if u > OMEGA_MAX:
        u = OMEGA_MAX
    elif u < -OMEGA_MAX:
        u = -OMEGA_MAX
    return u""", hint={
            "kk": "def p_steer(e, kp): ...   бұрылу жылдамдығын рад/с-пен қайтарады, ±OMEGA_MAX-пен шектелген",
            "ru": "def p_steer(e, kp): ...   возвращает скорость поворота в рад/с, не больше ±OMEGA_MAX",
            "en": "def p_steer(e, kp): ...   returns the turn rate in rad/s, limited to ±OMEGA_MAX"}),
        a.tests("p-steer-test", 1, public="""assert callable(p_steer), pick({"kk": "p_steer: функция керек", "ru": "p_steer: нужна функция", "en": "p_steer should be a function"})
# [kk] тапсырма мәтініндегі мысалдар
# [ru] примеры из текста задания
# [en] the examples from the task text
require(compare(p_steer(0.02, 60), 1.2, mode="numeric", rtol=1e-9))
require(compare(p_steer(0.1, 60), 4.0, mode="numeric", rtol=1e-9))""", hidden="""cases = [(e, kp) for e in (-0.1, -0.05, -0.02, -0.001, 0.0, 0.001, 0.015, 0.02, 0.03, 0.05, 0.1)
         for kp in (0, 10, 60, 150, 300)]
require(check_function(p_steer, line_robot.p_steer, inputs=cases, rtol=1e-9, atol=1e-12))"""),

        a.task(3, 2, "B",
               kk="""PD-басқару. `pd_steer(e, e_prev, kp, kd, dt)` функциясын жазыңыз: ол
$K_p \\, e + K_d \\, \\dfrac{e - e_{prev}}{\\Delta t}$ командасын қайтарады, мұнда `e_prev` — бір қадам бұрын
($\\Delta t$ секунд бұрын) өлшенген қате. 2-тапсырмадағыдай команданы $\\pm$`OMEGA_MAX` аралығымен шектеңіз.

Мысал: `pd_steer(0.010, 0.012, 60, 5, 0.01)` → `-0.4` (қате тез азайып жатыр, сондықтан D құраушы бұрылысты
тежейді).""",
               ru="""PD-регулятор. Напишите функцию `pd_steer(e, e_prev, kp, kd, dt)`: она возвращает команду
$K_p \\, e + K_d \\, \\dfrac{e - e_{prev}}{\\Delta t}$, где `e_prev` — ошибка, измеренная на шаг раньше
($\\Delta t$ секунд назад). Как в задаче 2, ограничьте команду пределами $\\pm$`OMEGA_MAX`.

Пример: `pd_steer(0.010, 0.012, 60, 5, 0.01)` → `-0.4` (ошибка быстро уменьшается, поэтому D-составляющая
тормозит поворот).""",
               en="""PD steering. Write the function `pd_steer(e, e_prev, kp, kd, dt)`: it returns the command
$K_p \\, e + K_d \\, \\dfrac{e - e_{prev}}{\\Delta t}$, where `e_prev` is the error measured one step earlier
($\\Delta t$ seconds ago). As in Task 2, limit the command to $\\pm$`OMEGA_MAX`.

Example: `pd_steer(0.010, 0.012, 60, 5, 0.01)` → `-0.4` (the error shrinks fast, so the D term brakes the turn)."""),
        a.answer("pd-steer", """def pd_steer(e, e_prev, kp, kd, dt):
    u = kp * e + kd * (e - e_prev) / dt
    if u > OMEGA_MAX:
        u = OMEGA_MAX
    elif u < -OMEGA_MAX:
        u = -OMEGA_MAX
    return u""", hint={
            "kk": "def pd_steer(e, e_prev, kp, kd, dt): ...   рад/с, ±OMEGA_MAX-пен шектелген",
            "ru": "def pd_steer(e, e_prev, kp, kd, dt): ...   рад/с, не больше ±OMEGA_MAX",
            "en": "def pd_steer(e, e_prev, kp, kd, dt): ...   rad/s, limited to ±OMEGA_MAX"}),
        a.tests("pd-steer-test", 2, public="""assert callable(pd_steer), pick({"kk": "pd_steer: функция керек", "ru": "pd_steer: нужна функция", "en": "pd_steer should be a function"})
# [kk] тапсырма мәтініндегі мысал
# [ru] пример из текста задания
# [en] the example from the task text
require(compare(pd_steer(0.010, 0.012, 60, 5, 0.01), -0.4, mode="numeric", rtol=1e-6))""", hidden="""cases = [(e, e_prev, kp, kd, step) for e in (-0.02, 0.0, 0.004, 0.01, 0.03)
         for e_prev in (-0.02, 0.0, 0.005, 0.012) for kp in (0, 40, 120) for kd in (0, 2.5, 15) for step in (0.01, 0.02)]
require(check_function(pd_steer, line_robot.pd_steer, inputs=cases, rtol=1e-9, atol=1e-12))"""),

        a.task(4, 2, "B",
               kk="""D құраушы нені «көреді»? Робот сызыққа тұрақты жылдамдықпен жақындап келеді делік: қате $e(t) = e_0 - c\\,t$
($c > 0$ — қатенің секундына азаюы, м/с). PD-басқарудың $t$ уақыттағы командасын
$\\omega(t) = K_p \\, e(t) + K_d \\, \\dfrac{e(t) - e(t - \\Delta t)}{\\Delta t}$ sympy өрнегі ретінде `Kp`, `Kd`, `e0`,
`c`, `t` символдары арқылы жазып, `steer_t` айнымалысына сақтаңыз (`dt` өрнектен қысқаруы керек; `sp.simplify`
көмектеседі). Шектеуді ескермеңіз. Жауаптың түрі, мысалы, `Kp * e0 + c` (бұл жауап емес).""",
               ru="""Что «видит» D-составляющая? Пусть робот приближается к линии с постоянной скоростью: ошибка
$e(t) = e_0 - c\\,t$ ($c > 0$ — на сколько ошибка уменьшается за секунду, м/с). Запишите команду PD-регулятора в
момент $t$ $\\omega(t) = K_p \\, e(t) + K_d \\, \\dfrac{e(t) - e(t - \\Delta t)}{\\Delta t}$ как выражение sympy
через символы `Kp`, `Kd`, `e0`, `c`, `t` и сохраните в `steer_t` (`dt` должно сократиться; поможет `sp.simplify`).
Ограничение не учитывайте. Форма ответа, например, `Kp * e0 + c` (это не ответ).""",
               en="""What does the D term "see"? Suppose the robot approaches the line at a constant rate: the error is
$e(t) = e_0 - c\\,t$ ($c > 0$ is how much the error shrinks per second, m/s). Write the PD command at time $t$,
$\\omega(t) = K_p \\, e(t) + K_d \\, \\dfrac{e(t) - e(t - \\Delta t)}{\\Delta t}$, as a sympy expression in the
symbols `Kp`, `Kd`, `e0`, `c`, `t` and store it in `steer_t` (`dt` should cancel; `sp.simplify` helps). Ignore the
limit. The form of an answer is, for example, `Kp * e0 + c` (not the answer)."""),
        a.answer("d-term", """def e_at(time):
    return e0 - c * time

steer_t = sp.simplify(Kp * e_at(t) + Kd * (e_at(t) - e_at(t - dt)) / dt)""", hint={
            "kk": "steer_t = ...  (Kp, Kd, e0, c, t арқылы sympy өрнегі)",
            "ru": "steer_t = ...  (выражение sympy от Kp, Kd, e0, c, t)",
            "en": "steer_t = ...  (a sympy expression in Kp, Kd, e0, c, t)"}),
        a.tests("d-term-test", 2, public="""assert isinstance(steer_t, sp.Expr), pick({"kk": "steer_t: sympy өрнегі керек", "ru": "steer_t: нужно выражение sympy", "en": "steer_t should be a sympy expression"})
assert {str(x) for x in steer_t.free_symbols} <= {"Kp", "Kd", "e0", "c", "t", "dt"}, "steer_t: Kp, Kd, e0, c, t"
advise(self_check(sp.simplify(steer_t), fingerprint(Kp * (e0 - c * t) - Kd * c, mistakes=[rules.wrong_answer(Kp * (e0 - c * t) + Kd * c, code="d-sign", message={'kk': 'D құраушының таңбасын тексеріңіз: e(t) − e(t − dt) = −c·dt, сондықтан D = −Kd·c.', 'ru': 'Проверьте знак D-составляющей: e(t) − e(t − dt) = −c·dt, поэтому D = −Kd·c.', 'en': 'Check the sign of the D term: e(t) − e(t − dt) = −c·dt, so D = −Kd·c.'})])))""",
                hidden="""require(compare(steer_t, "Kp*(e0 - c*t) - Kd*c", rules=[
    rules.wrong_answer("Kp*(e0 - c*t) + Kd*c", code="d-sign", message={'kk': 'D құраушының таңбасын тексеріңіз: e(t) − e(t − dt) = −c·dt, сондықтан D = −Kd·c.', 'ru': 'Проверьте знак D-составляющей: e(t) − e(t − dt) = −c·dt, поэтому D = −Kd·c.', 'en': 'Check the sign of the D term: e(t) − e(t − dt) = −c·dt, so D = −Kd·c.'}),
    rules.wrong_answer("Kp*(e0 - c*t) - Kd*c*dt", code="d-not-divided", message={'kk': 'Айырманы dt-ға бөлуді ұмытпаңыз: (e − e_prev)/dt — қатенің өзгеру жылдамдығы.', 'ru': 'Не забудьте разделить разность на dt: (e − e_prev)/dt — скорость изменения ошибки.', 'en': 'Divide the difference by dt: (e − e_prev)/dt is the rate at which the error changes.'}),
]))"""),

        a.text(kk="## Ә бөлім. AGV-дің сандары", ru="## Часть Б. Числа AGV", en="## Part B. The AGV's numbers"),
        a.task(5, 1, "A",
               kk="""Бір қадамда қанша жол? AGV {agv_speed} м/с жылдамдықпен жүреді, ал бағдарлама датчиктерді әр 10 мс сайын
оқиды. Екі өлшеудің арасында робот қанша жол жүреді? Жауапты `d_step` айнымалысына ұзындық бірлігі бар pint шамасы
ретінде сақтаңыз (`ureg` қолданыңыз, мысалы `ureg("m/s")`, `ureg.ms`).""",
               ru="""Сколько проезжает робот за один шаг? AGV едет со скоростью {agv_speed} м/с, а программа опрашивает датчики
каждые 10 мс. Какой путь проезжает робот между двумя измерениями? Сохраните ответ в `d_step` как величину pint с
единицей длины (используйте `ureg`, например `ureg("m/s")`, `ureg.ms`).""",
               en="""How far in one step? The AGV drives at {agv_speed} m/s and the program reads the sensors every 10 ms. How
far does the robot drive between two readings? Store the answer in `d_step` as a pint quantity with a unit of
length (use `ureg`, for example `ureg("m/s")`, `ureg.ms`)."""),
        a.answer("step-distance", """d_step = (agv_speed * ureg("m/s") * 10 * ureg.ms).to("mm")""", hint={
            "kk": "d_step = ...  (pint шамасы: ұзындық)", "ru": "d_step = ...  (величина pint: длина)",
            "en": "d_step = ...  (a pint quantity: a length)"}),
        a.tests("step-distance-test", 1, public=f"""require(compare(d_step, "m", mode="dimension"))
advise(self_check(d_step, fingerprint(  # says right or wrong without holding the answer
    agv_speed * 10 * ureg.mm, rtol=0.01,
    mistakes=[rules.wrong_answer(agv_speed * 10 * ureg.m, code="ms-not-converted", message={MS_NOT_CONVERTED})])))""",
                hidden=f"""require(compare(d_step, agv_speed * 10 * ureg.mm, mode="units", rtol=0.01, rules=[rules.wrong_answer(agv_speed * 10 * ureg.m, code="ms-not-converted", message={MS_NOT_CONVERTED})]))"""),

        a.task(6, 1, "B",
               kk="""Бір айналым уақыты. AGV маршруты: қойма → құрастыру желісі → қойма, барлығы {route_m} м. Арба {agv_speed} м/с
тұрақты жылдамдықпен жүреді және әр айналымда екі рет {stop_s} с-тан тоқтайды (бөлшектерді тиеу және түсіру). Бір
айналым қанша уақыт алады? Жауапты `lap` айнымалысына уақыт өлшем бірлігі бар pint шамасы ретінде сақтаңыз; 1 %
дәлдікпен есептелген жауап қабылданады.""",
               ru="""Время одного круга. Маршрут AGV: склад → сборочная линия → склад, всего {route_m} м. Тележка едет с
постоянной скоростью {agv_speed} м/с и за круг дважды останавливается на {stop_s} с (погрузка и разгрузка деталей).
Сколько времени занимает один круг? Сохраните ответ в `lap` как величину pint с единицей времени; принимается ответ
с точностью до 1 %.""",
               en="""Time for one lap. The AGV's route is warehouse → assembly line → warehouse, {route_m} m in total. The cart
drives at a constant {agv_speed} m/s and stops twice per lap for {stop_s} s (loading and unloading parts). How long
does one lap take? Store the answer in `lap` as a pint quantity with a unit of time; an answer within 1 % is
accepted."""),
        a.answer("lap-time", """drive = route_m * ureg.m / (agv_speed * ureg("m/s"))
lap = (drive + 2 * stop_s * ureg.s).to("s")""", hint={
            "kk": "lap = ...  (pint шамасы: уақыт)", "ru": "lap = ...  (величина pint: время)",
            "en": "lap = ...  (a pint quantity: a time)"}),
        a.tests("lap-time-test", 1, public=f"""require(compare(lap, "s", mode="dimension"))
advise(self_check(lap, fingerprint(  # says right or wrong without holding the answer
    (route_m / agv_speed + 2 * stop_s) * ureg.s, rtol=0.01,
    mistakes=[rules.wrong_answer(route_m / agv_speed * ureg.s, code="stops-forgotten", message={STOPS_FORGOTTEN})])))""",
                hidden=f"""require(compare(lap, (route_m / agv_speed + 2 * stop_s) * ureg.s, mode="units", rtol=0.01, rules=[rules.wrong_answer(route_m / agv_speed * ureg.s, code="stops-forgotten", message={STOPS_FORGOTTEN})]))"""),

        a.text(kk="## Б бөлім. Баптау және түсіндіру", ru="## Часть В. Настройка и объяснение",
               en="## Part C. Tuning and explaining"),
        a.task(7, 2, "C",
               kk="""Жобалау: роботты баптаңыз. AGV тиеу станциясынан сызықтан 2 см солда, оған параллель шығады. Талаптар:

* сызыққа (±5 мм) 1,5 с ішінде шығу және содан кейін одан ауытқымау;
* асып кету (сызықтың арғы жағына қаншалықты өтіп кетеді, 2 см-ге қатысты пайызбен) 10 %-дан аспауы;
* ±3 см жолақтан ешқашан шықпау (өтпе жолдағы сөрелер жақын);
* жылдамдық кемінде 0,5 м/с (желі бөлшектерді күтпеуі керек).

Төмендегі зертханада $K_p$, $K_d$ және жылдамдықты таңдап, **Жобаны тексеру** батырмасын басыңыз. Жоба талаптарға
сай болғанда, зертхана көрсеткен жолды (`design = {...}`) жауап ұяшығына көшіріңіз: бағалау кезінде ешкім
жүгірткіні жылжытпайды.""",
               ru="""Проект: настройте робота. AGV выезжает со станции погрузки на 2 см левее линии, параллельно ей. Требования:

* выйти на линию (±5 мм) за 1,5 с и дальше не уходить с неё;
* перерегулирование (насколько робот проскакивает на другую сторону линии, в % от 2 см) не больше 10 %;
* никогда не выходить из полосы ±3 см (рядом с проходом стеллажи);
* скорость не меньше 0,5 м/с (сборочная линия не должна ждать детали).

Подберите в лаборатории ниже $K_p$, $K_d$ и скорость и нажмите **Проверить проект**. Когда проект выполняет все
требования, скопируйте строку, которую показывает лаборатория (`design = {...}`), в ячейку ответа: при оценивании
никто не двигает ползунки.""",
               en="""Design: tune the robot. The AGV leaves the loading station 2 cm to the left of the line, parallel to it.
Requirements:

* reach the line (±5 mm) within 1.5 s and stay on it afterwards;
* overshoot (how far the robot swings past the line to the other side, in % of the 2 cm) at most 10 %;
* never leave the ±3 cm band (there are racks next to the aisle);
* speed at least 0.5 m/s (the assembly line must not wait for parts).

Choose $K_p$, $K_d$ and the speed in the lab below and press **Check the design**. When the design meets every
requirement, copy the line the lab shows (`design = {...}`) into the answer cell: nobody moves a slider when your
work is graded."""),
        a.code("""line_robot.make_lab("agv-pd")"""),
        a.answer("design", "design = {'kp': 60.0, 'kd': 15.0, 'v': 0.5}", hint={
            "kk": "design = {'kp': ..., 'kd': ..., 'v': ...}   (зертхана көрсеткен жол)",
            "ru": "design = {'kp': ..., 'kd': ..., 'v': ...}   (строка, которую показывает лаборатория)",
            "en": "design = {'kp': ..., 'kd': ..., 'v': ...}   (the line the lab shows)"}),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {'kp', 'kd', 'v'} <= set(design), "design = {'kp': ..., 'kd': ..., 'v': ...}"
advise(check_design(design, line_robot.DESIGN_SPEC, model=line_robot.design_result))""",
                hidden="""require(check_design(design, line_robot.DESIGN_SPEC, model=line_robot.design_result))"""),

        a.task(8, 3, "C", locked_id="why-pd-prompt",
               kk="""Түсіндіріңіз. 3–6 сөйлеммен түсіндіріңіз: 1) неге тек P-басқаруы бар робот сызықтан өтіп кетіп, оның екі
жағына тербеледі; 2) D құраушы не істейді және неге ол тербелісті басады (4-тапсырманы пайдаланыңыз); 3) бұл
зауыттағы AGV үшін неліктен маңызды. Зертханадағы сандарды келтіріңіз (мысалы, $K_d = 0$ және сіздің жобаңыздағы
асып кету). Жауапты төмендегі ұяшыққа жазыңыз.""",
               ru="""Объясните. В 3–6 предложениях объясните: 1) почему робот только с P-регулятором проскакивает линию и
раскачивается с одной её стороны на другую; 2) что делает D-составляющая и почему она гасит раскачку (используйте
задачу 4); 3) почему это важно для AGV на заводе. Приведите числа из лаборатории (например, перерегулирование при
$K_d = 0$ и в вашем проекте). Напишите ответ в ячейке ниже.""",
               en="""Explain. In 3–6 sentences explain: 1) why a robot with P steering alone overshoots the line and swings from
one side of it to the other; 2) what the D term does and why it damps the swinging (use Task 4); 3) why this matters
for an AGV at the plant. Quote numbers from the lab (for example the overshoot with $K_d = 0$ and with your design).
Write your answer in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: P-басқаруда бұрылу тек қатеге пропорционал: робот сызыққа жеткенде ($e = 0$) бұрылу командасы нөлге
  тең, бірақ робот әлі де сызыққа қарай бұрышпен келе жатыр (және қозғалтқыштар кешігеді), сондықтан сызықтан
  өтіп кетеді; сосын қарсы жаққа бұрылады — тербеліс пайда болады.
* 1 ұпай: D құраушы қатенің өзгеру жылдамдығына жауап береді: робот сызыққа тез жақындағанда
  $(e - e_{prev})/\\Delta t < 0$, сондықтан D бұрылысты алдын ала тежейді (4-тапсырма: $-K_d c$, $c$ неғұрлым
  үлкен болса, тежеу соғұрлым күшті) — амортизатор сияқты.
* 1 ұпай: зертханадан сандар (мысалы, $K_p = 60$, $K_d = 0$: асып кету ≈ 70 %, сызыққа шығу ≈ 3,0 с; $K_d = 15$:
  ≈ 3 %, ≈ 0,5 с) және зауыттағы мағынасы: тар өтпе жолда сөреге не адамға соқпау, сызықты жоғалтпау, аялдамаға
  дәл келу, энергия мен дөңгелек тозуы.""",
                   "ru": """* 1 балл: у P-регулятора поворот пропорционален только ошибке: когда робот доходит до линии ($e = 0$),
  команда поворота равна нулю, но робот ещё идёт к линии под углом (и моторы запаздывают), поэтому он проскакивает
  линию; затем поворачивает обратно — начинается раскачка.
* 1 балл: D-составляющая реагирует на скорость изменения ошибки: когда робот быстро приближается к линии,
  $(e - e_{prev})/\\Delta t < 0$, и D заранее тормозит поворот (задача 4: $-K_d c$, чем больше $c$, тем сильнее
  торможение) — как амортизатор.
* 1 балл: числа из лаборатории (например, $K_p = 60$, $K_d = 0$: перерегулирование ≈ 70 %, выход на линию ≈ 3,0 с;
  $K_d = 15$: ≈ 3 %, ≈ 0,5 с) и что это значит на заводе: не задеть стеллаж или человека в узком проходе, не
  потерять линию, точно остановиться у станции, энергия и износ шин.""",
                   "en": """* 1 point: with P steering the turn depends only on the error: when the robot reaches the line ($e = 0$) the
  command is zero, but the robot is still heading towards the line at an angle (and the motors lag), so it
  crosses it; then it turns back, and the swinging begins.
* 1 point: the D term reacts to how fast the error changes: when the robot approaches the line quickly,
  $(e - e_{prev})/\\Delta t < 0$ and the D term brakes the turn early (Task 4: $-K_d c$, the larger $c$ the
  stronger the braking), like a damper.
* 1 point: numbers from the lab (for example $K_p = 60$, $K_d = 0$: overshoot ≈ 70 %, reaches the line after
  ≈ 3.0 s; $K_d = 15$: ≈ 3 %, ≈ 0.5 s) and what it means at the plant: not hitting racks or people in a narrow
  aisle, not losing the line, stopping exactly at a station, energy and tyre wear."""}),
        a.written("why-pd", 3, """**Model answer (en).** With P steering the turn rate is proportional to the error only. When the robot reaches the
line the error and the command are zero, but the robot is still heading towards the line at an angle and the motors
need time to change the turn, so it drives past the line; then the error changes sign and it turns back, and it
swings from side to side. In the lab with $K_p = 60$ and $K_d = 0$ the overshoot is about 70 % and the robot
needs about 3.0 s to settle on the line. The D term looks at how fast the error changes: when
the robot approaches the line at a rate $c$ it adds $-K_d c$ (Task 4), so it starts straightening the robot before
it reaches the line, like a damper. With $K_d = 15$ the overshoot drops to about 3 % and the robot is on
the line after about 0.5 s. In the plant a swinging AGV could touch racks or people in a narrow
aisle, lose the line and stop the parts supply, or miss the exact stopping point at a station.

**Үлгі жауап (kk).** P-басқаруда бұрылу тек қатеге пропорционал. Робот сызыққа жеткенде қате мен команда нөлге
тең, бірақ робот әлі де сызыққа бұрышпен келе жатыр және қозғалтқыштар бірден бұрылмайды, сондықтан ол сызықтан
өтіп кетеді, сосын кері бұрылады — тербеледі. $K_p = 60$, $K_d = 0$ кезінде асып кету ≈ 70 %, сызыққа шығу
≈ 3,0 с. D құраушы қатенің өзгеру жылдамдығына қарайды: сызыққа $c$ жылдамдықпен жақындағанда $-K_d c$ қосады
да (4-тапсырма), бұрылысты ерте тежейді — амортизатор сияқты. $K_d = 15$ кезінде асып кету ≈ 3 %, сызыққа шығу
≈ 0,5 с. Зауытта тербелетін AGV сөреге не адамға тиіп кетуі, сызықты жоғалтып, бөлшек жеткізуді тоқтатуы немесе
станцияда дәл тоқтамауы мүмкін.

**Образец ответа (ru).** У P-регулятора скорость поворота пропорциональна только ошибке. Когда робот доходит до
линии, ошибка и команда равны нулю, но робот ещё идёт к линии под углом, а моторы не успевают сразу изменить
поворот, поэтому он проскакивает линию и затем поворачивает обратно — раскачивается. При $K_p = 60$, $K_d = 0$
перерегулирование ≈ 70 %, выход на линию ≈ 3,0 с. D-составляющая смотрит на скорость изменения ошибки: при
приближении к линии со скоростью $c$ она добавляет $-K_d c$ (задача 4) и заранее выпрямляет робота — как
амортизатор. При $K_d = 15$ перерегулирование ≈ 3 %, выход на линию ≈ 0,5 с. На заводе раскачивающаяся AGV может
задеть стеллаж или человека, потерять линию и остановить подвоз деталей или неточно остановиться у станции."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "line_robot.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
