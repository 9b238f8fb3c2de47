"""Tools run with `bench --site S execute campaign_app.tools.<module>.<function>`: the benchmark, the
checks the test command runs between bench commands, and the export of the controllers' type blocks."""
