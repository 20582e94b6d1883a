"""Figure-making functions, one module per chapter; importing this package registers them all."""

from govreport.publish.charts import (
    quantities,  # noqa: F401
    structure,  # noqa: F401
    targets,  # noqa: F401
    trends,  # noqa: F401
    words,  # noqa: F401
)
