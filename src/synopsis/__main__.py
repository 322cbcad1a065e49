import sys

from synopsis.cli import main

sys.exit(main())
