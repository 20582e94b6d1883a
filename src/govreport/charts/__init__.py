"""Figure-making functions, one module per chapter; importing this package registers them all."""

from govreport.charts import structure  # noqa: F401
