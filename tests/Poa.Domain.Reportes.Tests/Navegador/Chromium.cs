using Poa.Cli;

namespace Poa.Domain.Reportes.Tests.Navegador;

/// <summary>
/// The Chromium of the browser tests: <c>POA_CHROMIUM</c> when set, else the first one on <c>PATH</c> (as the
/// <c>poa</c> tool finds it). Without one, the tests are skipped on a developer's machine and fail in CI.
/// </summary>
internal static class Chromium
{
    /// <summary>Whether this is a CI run (<c>CI=true</c>): there a missing Chromium is a failure, not a skip.</summary>
    internal static bool EnCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    internal static string? Ruta => Environment.GetEnvironmentVariable("POA_CHROMIUM") is { Length: > 0 } ruta
        ? ruta
        : ImpresoraPdf.BuscarEnPath(Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The printer on that Chromium; in CI without Chromium this throws the printer's own Spanish error, which fails the test.</summary>
    internal static ImpresoraPdf Impresora() => ImpresoraPdf.Crear(Environment.GetEnvironmentVariable("POA_CHROMIUM") is { Length: > 0 } ruta ? ruta : null, TimeSpan.FromMinutes(3));

    /// <summary>Takes a screenshot of <paramref name="pagina"/> at <paramref name="ancho"/> × <paramref name="alto"/> CSS pixels (scale 1) into <paramref name="png"/>.</summary>
    internal static void Capturar(string pagina, string png, int ancho, int alto)
        => Impresora().Ejecutar([$"--window-size={ancho},{alto}", "--force-device-scale-factor=1", "--hide-scrollbars", "--screenshot=" + png, ImpresoraPdf.Url(pagina)]);

    /// <summary>The DOM of <paramref name="pagina"/> after it ran (for a copy of the page with a measuring script), at the same window size as a screenshot.</summary>
    internal static string Dom(string pagina, int ancho, int alto)
        => Impresora().Ejecutar([$"--window-size={ancho},{alto}", "--force-device-scale-factor=1", "--hide-scrollbars", "--dump-dom", ImpresoraPdf.Url(pagina)]);
}

/// <summary>A test that needs Chromium: skipped when it is missing on a developer's machine, run (and failing) in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactConChromiumAttribute : FactAttribute
{
    public FactConChromiumAttribute()
    {
        if (Chromium.Ruta is null && !Chromium.EnCI)
        {
            Skip = "Chromium no está instalado (apt-get install chromium, o POA_CHROMIUM=ruta); en CI (CI=true) esta prueba falla.";
        }
    }
}
