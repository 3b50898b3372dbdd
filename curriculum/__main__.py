from .cli import main
from .quick_exit import exit_now

exit_now(main())
