#!/usr/bin/env python3
"""Makes the test data from the seed copy poa-2023.txt: its CSV form and one edited copy per quirk.
Run from this folder: python3 generar-copias.py. The outputs are committed; this script documents them."""
import csv, io

seed = open('poa-2023.txt', encoding='utf-8').read()
lines = seed.split('\n')

def write(name, text, encoding='utf-8'):
    with open(name, 'w', encoding=encoding, newline='') as f:
        f.write(text)

# CSV: the same table, comma-separated, RFC 4180 quoting (QUOTE_MINIMAL), CRLF line ends.
out = io.StringIO()
w = csv.writer(out, lineterminator='\r\n')
for line in lines[:-1] if lines[-1] == '' else lines:
    w.writerow(line.split('\t'))
write('poa-2023.csv', out.getvalue())

# The clean base: the seed's second block (Gobierno Digital, lines 26-51) without its two
# 13th-cell rows (activities 4 and 5), renumbered 1..7. 24-column table, two-row header, titles in signatures.
block = lines[25:51]
base = []
n = 0
for l in block:
    cells = l.split('\t')
    if cells[0].isdigit():
        if cells[0] in ('4', '5'):
            continue
        n += 1
        cells[0] = str(n)
        l = '\t'.join(cells)
    base.append(l)
limpio = '\n'.join(base) + '\n'
write('limpio.txt', limpio)

def rows(text):
    return text.split('\n')

def edit(name, fn):
    write(name, fn(limpio))

edit('errata-semafizacion.txt', lambda t: t.replace('Semaforización', 'Semafización', 1))
edit('errata-acceptable.txt', lambda t: t.replace('Aceptable (verde)', 'Acceptable (verde)', 1))
edit('encabezado-una-fila.txt', lambda t: '\n'.join(l for l in rows(t) if not l.startswith('Desglose de Actividades')))
def variante_b(t):
    r = rows(t)
    out = []
    for l in r:
        if l.startswith('Desglose de Actividades'):
            out.append('No.\tActividad\tDesglose de Actividades' + '\t' * 8 + 'Calendarización de actividades' + '\t' * 12)
        elif l.startswith('No.\tActividad'):
            out.append('\t\t' + l.split('\t', 2)[2])
        else:
            out.append(l)
    return '\n'.join(out)
edit('encabezado-dos-filas-b.txt', variante_b)
def cols23(t):
    return '\n'.join(l[:-1] if l.count('\t') == 23 and l.endswith('\t') else l for l in rows(t))
edit('tabla-23-columnas.txt', cols23)
edit('umbrales-sin-espacios.txt', lambda t: t.replace('> = 80%', '>=80%').replace('< = 50%', '<=50%'))
edit('porcentual.txt', lambda t: t.replace('100%\tPorcentaje', '100%\tPorcentual', 1))
def dic_vacio(t):
    r = rows(t)
    for i, l in enumerate(r):
        if l.startswith('1\t'):
            c = l.split('\t'); c[22] = ''; r[i] = '\t'.join(c)
    return '\n'.join(r)
edit('diciembre-vacio.txt', dic_vacio)
edit('firmas-sin-titulo.txt', lambda t: t.replace('Lic. César', 'César').replace('Dra. Cintia', 'Cintia'))
def celda13(t):
    r = rows(t)
    for i, l in enumerate(r):
        if l.startswith('3\t'):
            c = l.split('\t'); c[22] = ''; c[23] = '100%'; r[i] = '\t'.join(c)
    return '\n'.join(r)
edit('celda-13.txt', celda13)
def celdas_extra(t):
    r = rows(t)
    for i, l in enumerate(r):
        if l.startswith('3\t'):
            c = l.split('\t'); c[23] = '100%'; r[i] = '\t'.join(c)
    return '\n'.join(r)
edit('celda-13-con-diciembre.txt', celdas_extra)
def fila(t, num, col, val):
    r = rows(t)
    for i, l in enumerate(r):
        if l.startswith(num + '\t'):
            c = l.split('\t'); c[col] = val; r[i] = '\t'.join(c)
    return '\n'.join(r)
edit('meta-distinta.txt', lambda t: fila(t, '6', 5, '2'))
edit('eje-distinto.txt', lambda t: fila(fila(t, '6', 2, 'IV. Ciudad Humana'), '6', 3, '4.11 Igualdad sustantiva y perspectiva de género para el desarrollo humano'))
edit('mes-negativo.txt', lambda t: fila(t, '6', 13, '-1'))
edit('mes-no-numerico.txt', lambda t: fila(t, '6', 13, 'uno'))
edit('meta-ilegible.txt', lambda t: fila(t, '6', 5, 'cien'))
edit('eje-ilegible.txt', lambda t: fila(t, '6', 2, 'Ciudad abierta'))
edit('bandas-invalidas.txt', lambda t: fila(t, '6', 9, '< 50%'))
edit('bandas-vacias.txt', lambda t: fila(fila(fila(t, '6', 7, ''), '6', 8, ''), '6', 9, ''))
edit('actividad-vacia.txt', lambda t: fila(t, '6', 1, ''))
edit('sin-unidad-responsable.txt', lambda t: '\n'.join(l for l in rows(t) if not l.startswith('Unidad responsable')))
edit('texto-antes-del-titulo.txt', lambda t: 'Hoja1\n' + t)
edit('encabezado-desconocido.txt', lambda t: t.replace('Medios de verificación', 'Evidencia', 1))
edit('numero-ilegible.txt', lambda t: fila(t, '6', 0, '6b'))
edit('fila-no-reconocida.txt', lambda t: t.replace('\n7\t', '\nNota: revisar\n7\t', 1))
edit('firma-incompleta.txt', lambda t: t.rstrip('\n').rsplit('\n', 1)[0] + '\n')
edit('sin-titulo-de-anio.txt', lambda t: t.replace('Programa Operativo Anual 2023', 'Programa Operativo Anual', 1))
write('vacio.txt', '')
write('solo-espacios.txt', '\n\n   \n\t\t\n')
with open('binario.xlsx', 'wb') as f:
    f.write(b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00' + bytes(range(256)) * 4)
write('latin1.txt', limpio, encoding='latin-1')
write('utf16.txt', '\ufeff' + limpio, encoding='utf-16-le')
write('sin-poa.txt', 'nombre,edad\nAna,3\n')

# One copy per diagnostic that had no test of its own (POA107, POA110, POA119, POA121).
# POA107: a second «Dependencia» line in the block (the first one is kept).
edit('dato-general-repetido.txt', lambda t: t.replace('Unidad responsable\tGobierno Digital\n', 'Unidad responsable\tGobierno Digital\nDependencia\tSecretaría de Finanzas y Tesorería\n', 1))
# POA110: the whole seed, with «Meta anual» blanked in the first block's header only.
write('encabezado-sin-meta.txt', seed.replace('\tMeta anual\t', '\t\t', 1))
# POA119: a new column without header between «Unidad de medida» and the bands, with a value in activity 6 only.
def columna_sin_encabezado(t):
    out = []
    for l in rows(t):
        c = l.split('\t')
        if len(c) >= 23:
            c.insert(7, 'ver nota' if c[0] == '6' else '')
        out.append('\t'.join(c))
    return '\n'.join(out)
edit('celda-sin-encabezado.txt', columna_sin_encabezado)
# POA121: an activity row after the signatures.
def fila_despues_de_firmas(t):
    siete = next(l for l in rows(t) if l.startswith('7\t'))
    return t + '8' + siete[1:] + '\n'
edit('fila-despues-de-firmas.txt', fila_despues_de_firmas)

# CSV twins of the main quirks: the same table, comma-separated, as poa-2023.csv is made.
def a_csv(t):
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\r\n')
    r = rows(t)
    for line in r[:-1] if r[-1] == '' else r:
        w.writerow(line.split('\t'))
    return out.getvalue()
# A cell with quotes and a comma (quoted in CSV; literal in the tab-separated twin).
edit('comillas.txt', lambda t: t.replace('Dar atención a solicitudes de soluciones', 'Dar atención a solicitudes "urgentes", de soluciones', 1))
for nombre in ['limpio', 'encabezado-una-fila', 'encabezado-dos-filas-b', 'tabla-23-columnas', 'celda-13',
               'umbrales-sin-espacios', 'porcentual', 'firmas-sin-titulo', 'comillas']:
    write(nombre + '.csv', a_csv(open(nombre + '.txt', encoding='utf-8').read()))
# A quoted cell with a line break inside: its tab-separated twin is limpio.txt (the break reads as a space).
write('salto-de-linea.csv', a_csv(limpio).replace('Reportes generados', '"Reportes\r\ngenerados"', 1))
