using System.Runtime.Versioning;

namespace Poa.Domain.Tests.Modelo;

/// <summary>Proves which build of Poa.Domain this run of the suite tests.</summary>
public class CompilacionTests
{
    [Fact]
    public void ElEnsambladoProbado_EsElDelDestinoEsperado()
    {
        var destino = typeof(Plan).Assembly.GetCustomAttributes(typeof(TargetFrameworkAttribute), false)
            .Cast<TargetFrameworkAttribute>().Single().FrameworkName;
#if POA_NETSTANDARD20
        destino.Should().Be(".NETStandard,Version=v2.0");
#elif POA_NET80
        destino.Should().Be(".NETCoreApp,Version=v8.0");
#else
        destino.Should().Be(".NETCoreApp,Version=v10.0");
#endif
    }
}
