"""`python -m qcdc`: the same command as the installed `qcdc`."""
from qcdc.cli import main

main()
