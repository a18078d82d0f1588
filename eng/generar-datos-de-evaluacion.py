#!/usr/bin/env python3
"""Writes the data of the `poa evaluar` speed check (docs/benchmarks.md): N plan files of 36 activities
each (the 34 activities of the six sample plans, and two more, renumbered) and one avances CSV per plan
(every activity reported January to June; porcentaje metas with numerador/denominador every other month).
Deterministic. Usage: eng/generar-datos-de-evaluacion.py DIR [N=1000]"""
import json, os, sys

raiz = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
carpeta = os.path.join(raiz, 'src', 'Poa.Cli', 'Datos', 'planes-2023')
destino = sys.argv[1]
cuantos = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
muestras = [json.load(open(os.path.join(carpeta, f), encoding='utf-8')) for f in sorted(os.listdir(carpeta))]
actividades = [a for p in muestras for a in p['actividades']]
actividades = (actividades + actividades)[:36]
os.makedirs(os.path.join(destino, 'planes'), exist_ok=True)
os.makedirs(os.path.join(destino, 'avances'), exist_ok=True)
for i in range(cuantos):
    unidad = f'Dirección Sintética {i + 1}'
    plan = dict(muestras[i % len(muestras)])
    plan['unidadResponsable'] = unidad
    plan['actividades'] = [dict(a, numero=n + 1) for n, a in enumerate(actividades)]
    with open(os.path.join(destino, 'planes', f'plan-{i + 1:04}.json'), 'w', encoding='utf-8') as f:
        json.dump(plan, f, ensure_ascii=False, indent=2)
    filas = ['unidad_responsable,actividad,mes,realizado,numerador,denominador,justificacion']
    for n, a in enumerate(actividades):
        porcentaje = a['meta']['unidad'] in ('Porcentaje', 'Porcentual')
        for mes in range(1, 7):
            programado = a['calendarizacion'][mes - 1]
            if porcentaje and mes % 2 == 0:
                filas.append(f'{unidad},{n + 1},2023-{mes:02},,{90 + (i + n + mes) % 10},100,')
            else:
                valor = programado if programado is not None else 0
                valor = valor * ((i + n + mes) % 5) / 4 if not porcentaje else 70 + (i + n + mes) % 30
                filas.append(f'{unidad},{n + 1},2023-{mes:02},{valor:g},,,{"Retraso en la entrega" if (i + n + mes) % 7 == 0 else ""}')
    with open(os.path.join(destino, 'avances', f'avances-{i + 1:04}.csv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(filas) + '\n')
