using System.Globalization;

namespace Poa.Domain.Tests.Infraestructura;

/// <summary>Switches the current culture and UI culture for a scope, to prove nothing depends on them.</summary>
public sealed class CulturaActual : IDisposable
{
    private readonly CultureInfo cultura;
    private readonly CultureInfo culturaUi;

    public CulturaActual(string nombre)
    {
        cultura = CultureInfo.CurrentCulture;
        culturaUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(nombre);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(nombre);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = cultura;
        CultureInfo.CurrentUICulture = culturaUi;
    }
}
