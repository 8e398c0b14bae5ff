#!/usr/bin/env python3
"""Score factlint on the held-out planted set beside this file: tests/planted/eval.py's scoring with --set.
Usage: eval.py [--min-recall R] [--min-precision P] [--verbose]; run from the checkout after make."""
import os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
scorer = os.path.join(here, '..', 'planted', 'eval.py')
sys.exit(subprocess.call([sys.executable, scorer, '--set', here] + sys.argv[1:]))
