import sys

from govreport.cli import main

sys.exit(main())
