#!/usr/bin/env bash
# Measures `poa evaluar` over 1,000 plan files of 36 activities and their avances (1,000 CSV files,
# 216,000 rows), once per output format, and `poa reporte` (the HTML report) over the same files, as
# docs/benchmarks.md records it: elapsed and CPU seconds, peak memory.
# Usage: eng/medir-poa-evaluar.sh [repeticiones=3]; FORMATOS="csv xlsx" to measure only some formats.
# Needs /usr/bin/time and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
repeticiones=${1:-3}
datos=$(mktemp -d)
trap 'rm -rf "$datos"' EXIT
python3 eng/generar-datos-de-evaluacion.py "$datos" 1000
dotnet build src/Poa.Cli -c Release > /dev/null
poa="dotnet $(pwd)/src/Poa.Cli/bin/Release/net10.0/poa.dll"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for formato in ${FORMATOS:-tabla json csv markdown xlsx}; do
  for _ in $(seq "$repeticiones"); do
    # Every format to a file with --salida (xlsx needs it; the text formats are the same bytes as on standard output).
    (cd "$datos" && /usr/bin/time -f "$formato: %e s, %U s user + %S s sys, %M KB" $poa evaluar planes/ --avances avances/ --corte 2023-06 --formato "$formato" --salida "salida.$formato" --sobrescribir)
  done
  echo "$formato: $(wc -c < "$datos/salida.$formato") bytes"
done
for _ in $(seq "$repeticiones"); do
  (cd "$datos" && /usr/bin/time -f "reporte: %e s, %U s user + %S s sys, %M KB" $poa reporte planes/ --avances avances/ --corte 2023-06 --salida reporte.html --fecha 2023-07-05 --sobrescribir > /dev/null)
done
echo "reporte: $(wc -c < "$datos/reporte.html") bytes"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
