#!/usr/bin/env bash
# Records the public API of the packages in their PublicAPI.Unshipped.txt, from the build's own
# RS0016 (symbol not declared) and RS0017 (declared symbol removed) diagnostics. Review the diff
# afterwards: it is the change of the public API. Usage: eng/registrar-api-publica.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for proyecto in src/Poa.Domain src/Poa.Domain.Testing src/Poa.Domain.EntityFrameworkCore src/Poa.Domain.Excel; do
  [ -f "$proyecto/PublicAPI.Unshipped.txt" ] || continue
  log=$(mktemp)
  dotnet build "$proyecto" -c Release -f net10.0 -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
  python3 - "$proyecto" "$log" <<'PY'
import re, sys
proyecto, log = sys.argv[1], sys.argv[2]
texto = open(log, encoding='utf-8').read()
nuevos = set(re.findall(r"warning RS0016: Symbol '(.+?)' is not part of the declared public API", texto))
nuevos |= set(re.findall(r"error RS0016: Symbol '(.+?)' is not part of the declared public API", texto))
quitados = set(re.findall(r"(?:warning|error) RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", texto))
ruta = proyecto + '/PublicAPI.Unshipped.txt'
lineas = [l.rstrip('\n') for l in open(ruta, encoding='utf-8')]
cabecera = [l for l in lineas if l.startswith('#')]
cuerpo = {l for l in lineas if l and not l.startswith('#')}
cuerpo = (cuerpo | nuevos) - quitados
open(ruta, 'w', encoding='utf-8').write('\n'.join(cabecera + sorted(cuerpo, key=lambda l: l.replace('static ', '').replace('override ', '').replace('const ', '').replace('abstract ', '').replace('virtual ', ''))) + '\n')
print(f"{ruta}: +{len(nuevos)} -{len(quitados)}")
PY
  rm -f "$log"
done
