using System.Reflection;

namespace Poa.Docs.Tests;

public class DocumentacionTests
{
    public static TheoryData<string> Fragmentos()
    {
        var data = new TheoryData<string>();
        foreach (var f in Fragmento.Todos())
        {
            data.Add(f.ToString());
        }

        return data;
    }

    [Fact]
    public void HayFragmentos_EnElReadmeYEnDocs()
    {
        Fragmento.Todos().Should().Contain(f => f.Archivo == "README.md");
    }

    [Theory]
    [MemberData(nameof(Fragmentos))]
    public async System.Threading.Tasks.Task CadaFragmento_CompilaYCorre(string donde)
    {
        var fragmento = Fragmento.Todos().Single(f => f.ToString() == donde);
        var (ensamblado, errores) = Compilador.Compilar(fragmento);
        errores.Should().BeEmpty($"el fragmento de {donde} debe compilar tal como está escrito");
        var entrada = ensamblado!.EntryPoint;
        if (entrada is null)
        {
            // A block of test classes (docs/pruebas.md): run each public [Fact] method, as a test runner would.
            foreach (var metodo in MetodosFact(ensamblado))
            {
                try
                {
                    var resultadoFact = metodo.Invoke(Activator.CreateInstance(metodo.DeclaringType!), null);
                    if (resultadoFact is System.Threading.Tasks.Task tareaFact)
                    {
                        await tareaFact;
                    }
                }
                catch (TargetInvocationException e)
                {
                    throw new InvalidOperationException($"El fragmento de {donde}: {metodo.DeclaringType!.Name}.{metodo.Name} falló: {e.InnerException?.Message}", e.InnerException);
                }
            }

            return;
        }

        var salida = Console.Out;
        var captura = new StringWriter();
        Console.SetOut(captura);
        try
        {
            var parametros = entrada.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
            var resultado = entrada.Invoke(null, parametros);
            if (resultado is System.Threading.Tasks.Task tarea)
            {
                await tarea;
            }
        }
        catch (TargetInvocationException e)
        {
            throw new InvalidOperationException($"El fragmento de {donde} lanzó {e.InnerException?.GetType().Name}: {e.InnerException?.Message}", e.InnerException);
        }
        finally
        {
            Console.SetOut(salida);
        }
    }

    private static IEnumerable<MethodInfo> MetodosFact(Assembly ensamblado)
        => ensamblado.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes(typeof(FactAttribute), inherit: true).Length > 0 && m.GetParameters().Length == 0);
}
