using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Poa.Domain.Internal;

namespace Poa.Domain.Reportes;

/// <summary>
/// Writes the semáforo of one or more plans at a corte as <strong>one self-contained HTML page</strong>:
/// inline CSS and SVG, no JavaScript, no external request (no fonts, scripts or images from the network),
/// Spanish (<c>lang="es-MX"</c>), UTF-8, every text from the data HTML-encoded. It opens offline, survives
/// e-mail as an attachment, and prints on A4 landscape with its colours.
/// </summary>
/// <remarks>
/// <para>Top to bottom: a header (title, ejercicio, corte, dependencias and unidades, the date of generation
/// given by the caller); a summary (counts per colour, overall and per dependencia, unidad responsable and
/// eje rector, with stacked bars, share in green, missing reports); per plan (unidad responsable) a table of
/// its activities with the colour as a chip with its name and a month-by-month sparkline over the bands;
/// for every amarillo or rojo activity its explanation (<see cref="ResultadoDeActividad.Explicar"/>), missing
/// months and justificaciones; and a footnote with the rules applied. See <c>docs/reportes.md</c>.</para>
/// <para>The report never reads the clock or the current culture: the corte and the date of generation are
/// the caller's, numbers are written <c>1,500.5</c> and dates <c>5 de julio de 2023</c> on every machine.
/// The same input always gives the same bytes.</para>
/// <para>Thread-safe and stateless apart from its <see cref="Opciones"/>. The library never starts a
/// browser: to get a PDF, print the page (the <c>poa</c> tool does it with headless Chromium).</para>
/// </remarks>
public sealed class ReporteHtml
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a writer with <paramref name="opciones"/> (<see cref="OpcionesDeReporte.Predeterminadas"/> when null).</summary>
    /// <param name="opciones">The options, or <c>null</c> for the defaults.</param>
    public ReporteHtml(OpcionesDeReporte? opciones = null) => Opciones = opciones ?? OpcionesDeReporte.Predeterminadas;

    /// <summary>A writer with the default options.</summary>
    public static ReporteHtml Predeterminado { get; } = new();

    /// <summary>The options.</summary>
    public OpcionesDeReporte Opciones { get; }

    /// <summary>The report of <paramref name="planes"/> at <paramref name="corte"/>, as a string.</summary>
    /// <param name="planes">The plans with their avances, in the order the report shows them.</param>
    /// <param name="corte">The corte of the evaluation.</param>
    /// <param name="generadoEl">The date of generation shown in the header (the caller's: the report never reads the clock).</param>
    /// <returns>The whole HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planes"/> or one of its items is null (the message says which position).</exception>
    public string Generar(IEnumerable<AvancesDelPlan> planes, Corte corte, LocalDate generadoEl)
    {
        var redactor = Preparar(planes, corte, generadoEl);
        using var destino = new StringWriter(new StringBuilder(redactor.CapacidadEstimada), CultureInfo.InvariantCulture);
        for (var i = 0; i < redactor.Partes; i++)
        {
            redactor.EscribirParte(i, destino);
        }

        return destino.ToString();
    }

    /// <summary>Writes the report of <paramref name="planes"/> at <paramref name="corte"/> to <paramref name="destino"/>.</summary>
    /// <param name="destino">Where to write; the page declares UTF-8, so a file or stream behind it should be written as UTF-8.</param>
    /// <param name="planes">The plans with their avances, in the order the report shows them.</param>
    /// <param name="corte">The corte of the evaluation.</param>
    /// <param name="generadoEl">The date of generation shown in the header (the caller's: the report never reads the clock).</param>
    /// <exception cref="ArgumentNullException"><paramref name="destino"/>, <paramref name="planes"/> or one of its items is null.</exception>
    public void Escribir(TextWriter destino, IEnumerable<AvancesDelPlan> planes, Corte corte, LocalDate generadoEl)
    {
        Preconditions.CheckNotNull(destino, nameof(destino));
        var redactor = Preparar(planes, corte, generadoEl);
        for (var i = 0; i < redactor.Partes; i++)
        {
            redactor.EscribirParte(i, destino);
        }
    }

    /// <summary>
    /// Writes the report as UTF-8 (without byte order mark) to <paramref name="destino"/> asynchronously, part by part:
    /// for a web response (ASP.NET Core forbids synchronous writes to it by default).
    /// </summary>
    /// <param name="destino">The stream; it is flushed, not closed.</param>
    /// <param name="planes">The plans with their avances, in the order the report shows them.</param>
    /// <param name="corte">The corte of the evaluation.</param>
    /// <param name="generadoEl">The date of generation shown in the header (the caller's: the report never reads the clock).</param>
    /// <param name="cancellationToken">Stops the writing between parts.</param>
    /// <returns>A task that completes when the whole report is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destino"/>, <paramref name="planes"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task EscribirAsync(Stream destino, IEnumerable<AvancesDelPlan> planes, Corte corte, LocalDate generadoEl, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(destino, nameof(destino));
        var redactor = Preparar(planes, corte, generadoEl);
        return EscribirPorPartesAsync(destino, redactor, cancellationToken);
    }

    private static async Task EscribirPorPartesAsync(Stream destino, RedactorDelReporte redactor, CancellationToken cancellationToken)
    {
        const int Bloque = 64 * 1024;
        var texto = new StringBuilder(Bloque * 2);
        using var parte = new StringWriter(texto, CultureInfo.InvariantCulture);
        for (var i = 0; i < redactor.Partes; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            redactor.EscribirParte(i, parte);
            if (texto.Length >= Bloque || i == redactor.Partes - 1)
            {
                var bytes = Utf8.GetBytes(texto.ToString());
                texto.Clear();
                await destino.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
            }
        }

        await destino.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private RedactorDelReporte Preparar(IEnumerable<AvancesDelPlan> planes, Corte corte, LocalDate generadoEl)
    {
        Preconditions.CheckNotNull(planes, nameof(planes));
        var lista = new List<AvancesDelPlan>();
        foreach (var plan in planes)
        {
            lista.Add(plan ?? throw new ArgumentNullException(nameof(planes), $"El plan en la posición {lista.Count} es nulo."));
        }

        var modelo = new ModeloDelReporte(lista, corte, Opciones.Evaluador, generadoEl, Opciones.ReglaDeCierre);
        return new RedactorDelReporte(modelo, Opciones, generadoEl);
    }
}
