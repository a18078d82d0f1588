using System.Reflection;

namespace Poa.Domain.Tests.Modelo;

/// <summary>Promises that hold across the whole public surface.</summary>
public class ReflexionTests
{
    private static readonly Type[] Publicos = typeof(Plan).Assembly.GetExportedTypes();

    [Fact]
    public void TodaStructPublica_EsReadonly()
    {
        // A struct enumerator (a public nested struct named Enumerator, like List<T>.Enumerator) is mutable by
        // nature: MoveNext advances it. It exists so that foreach over a value allocates nothing; it is exempt.
        Publicos.Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !(t.IsNested && t.Name == "Enumerator"))
            .Where(t => t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))
            .Should().BeEmpty();
    }

    [Fact]
    public void TodoTipoEquatable_DefineIgualdadYDesigualdad()
    {
        foreach (var tipo in Publicos.Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>))))
        {
            var metodos = tipo.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Select(m => m.Name).ToList();
            metodos.Should().Contain("op_Equality", $"{tipo.Name} es IEquatable");
            metodos.Should().Contain("op_Inequality", $"{tipo.Name} es IEquatable");
            tipo.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType.Should().NotBe(typeof(object), $"{tipo.Name} redefine GetHashCode");
        }
    }

    [Fact]
    public void TodoTipoComparable_DefineLosOperadoresDeOrden()
    {
        foreach (var tipo in Publicos.Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>))))
        {
            var metodos = tipo.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Select(m => m.Name).ToList();
            metodos.Should().Contain(["op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual"], $"{tipo.Name} es IComparable");
        }
    }

    [Fact]
    public void NingunaPropiedadPublica_TieneSetterPublico()
    {
        Publicos.Where(t => t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null && !t.Name.EndsWith("Builder", StringComparison.Ordinal) && !t.Name.EndsWith("Opciones", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .Should().BeEmpty("los objetos de valor son inmutables");
    }
}
