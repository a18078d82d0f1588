#nullable disable warnings
using System.Reflection;

namespace Poa.Domain.Tests.Infraestructura;

/// <summary>Shared contract checks for value types: equality, hash codes, ordering and operators.</summary>
public static class Contratos
{
    public static void Igualdad<T>(T valor, T igual, params T[] distintos)
        where T : IEquatable<T>
    {
        valor!.Equals(igual).Should().BeTrue("{0} debe ser igual a {1}", valor, igual);
        igual.Equals(valor).Should().BeTrue("la igualdad es simétrica");
        valor.Equals((object)igual).Should().BeTrue("Equals(object) coincide con Equals(T)");
        valor.GetHashCode().Should().Be(igual.GetHashCode(), "valores iguales tienen el mismo hash");
        valor.Equals((object?)null).Should().BeFalse();
        valor.Equals(new object()).Should().BeFalse();
        Operador<T>("op_Equality", valor, igual).Should().BeTrue("== coincide con Equals");
        Operador<T>("op_Inequality", valor, igual).Should().BeFalse("!= coincide con Equals");

        foreach (var distinto in distintos)
        {
            valor.Equals(distinto).Should().BeFalse("{0} no debe ser igual a {1}", valor, distinto);
            distinto.Equals(valor).Should().BeFalse();
            Operador<T>("op_Equality", valor, distinto).Should().BeFalse();
            Operador<T>("op_Inequality", valor, distinto).Should().BeTrue();
        }

        if (!typeof(T).IsValueType)
        {
            Operador<T>("op_Equality", default!, default!).Should().BeTrue("null == null");
            Operador<T>("op_Equality", valor, default!).Should().BeFalse("un valor no es null");
            Operador<T>("op_Inequality", default!, valor).Should().BeTrue();
        }
    }

    public static void Orden<T>(T menor, T mayor, T igualAlMenor)
        where T : IComparable<T>
    {
        menor.CompareTo(mayor).Should().BeNegative();
        mayor.CompareTo(menor).Should().BePositive();
        menor.CompareTo(igualAlMenor).Should().Be(0);
        ((IComparable)menor).CompareTo(mayor).Should().BeNegative("IComparable coincide con IComparable<T>");
        ((IComparable)menor).CompareTo(null).Should().BePositive("todo valor va después de null");
        var otroTipo = () => ((IComparable)menor).CompareTo(new object());
        otroTipo.Should().Throw<ArgumentException>();

        Operador<T>("op_LessThan", menor, mayor).Should().BeTrue();
        Operador<T>("op_LessThan", mayor, menor).Should().BeFalse();
        Operador<T>("op_LessThan", menor, igualAlMenor).Should().BeFalse();
        Operador<T>("op_LessThanOrEqual", menor, igualAlMenor).Should().BeTrue();
        Operador<T>("op_LessThanOrEqual", mayor, menor).Should().BeFalse();
        Operador<T>("op_GreaterThan", mayor, menor).Should().BeTrue();
        Operador<T>("op_GreaterThan", menor, mayor).Should().BeFalse();
        Operador<T>("op_GreaterThanOrEqual", menor, igualAlMenor).Should().BeTrue();
        Operador<T>("op_GreaterThanOrEqual", menor, mayor).Should().BeFalse();

        if (!typeof(T).IsValueType)
        {
            menor.CompareTo(default!).Should().BePositive("todo valor va después de null");
            Operador<T>("op_LessThan", default!, menor).Should().BeTrue("null va primero");
        }
    }

    private static bool Operador<T>(string nombre, T izquierda, T derecha)
    {
        var metodo = typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            .FirstOrDefault(m => m.Name == nombre && m.GetParameters().Length == 2)
            ?? throw new InvalidOperationException($"{typeof(T).Name} no define {nombre}.");
        return (bool)metodo.Invoke(null, [izquierda, derecha])!;
    }
}
