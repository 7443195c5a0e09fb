"""ktxh: socio-economic reports of Vietnamese provinces.

The pipeline, one subpackage a step: text -> extract -> store -> checks -> report -> web.
"""

__version__ = "0.1.0"
