from qcdc.cli import main

main()
