#!/usr/bin/env bash
# Regenerates the sample report kept under docs/ejemplos/ (shown in the README): the page
# reporte-de-ejemplo.html that ReporteHtml writes for the six sample plans at June 2023, and its
# screenshot reporte-de-ejemplo.png (1280 x 1500) taken by headless Chromium. Both are made by the test
# that checks them (tests/Poa.Domain.Reportes.Tests, CapturaDeLaMuestra_EnDocs), so the screenshot is
# never edited by hand. Needs Chromium (apt-get install chromium, or POA_CHROMIUM=path).
# Usage: eng/captura-del-reporte.sh
set -euo pipefail
cd "$(dirname "$0")/.."
POA_REGENERAR_CAPTURA=1 dotnet test tests/Poa.Domain.Reportes.Tests -c Release \
  --filter "FullyQualifiedName~CapturaDeLaMuestra_EnDocs" --logger "console;verbosity=minimal"
git status --short docs/ejemplos
