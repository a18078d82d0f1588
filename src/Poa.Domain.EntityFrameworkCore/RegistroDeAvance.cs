using NodaTime;
using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore;

/// <summary>
/// One row of <c>poa_avances</c>: the <see cref="Avance"/> of one activity in one month of a <see cref="RegistroDePlan"/>.
/// The key is the plan, <see cref="Actividad"/> and <see cref="Mes"/>: one avance per activity and month.
/// </summary>
/// <remarks>
/// <para>A rate given by its variables is stored as <see cref="Numerador"/> and <see cref="Denominador"/> with
/// <see cref="Realizado"/> <c>null</c>: the rate (95 of 100 = 95%, 1 of 3 = 33.33…%) is computed again on reading, so it
/// comes back exactly, never rounded to the column's decimals.</para>
/// <para>Added with <see cref="RegistroDePlan.AgregarAvance(Avance)"/>, read back with <see cref="ToAvance()"/>.</para>
/// </remarks>
public sealed class RegistroDeAvance
{
    private RegistroDeAvance()
    {
    }

    /// <summary>The number of the activity.</summary>
    public int Actividad { get; private set; }

    /// <summary>The month reported, stored as <c>yyyy-MM</c> text.</summary>
    public YearMonth Mes { get; private set; }

    /// <summary>The realized value, or <c>null</c> when the avance is given by <see cref="Numerador"/> and <see cref="Denominador"/>.</summary>
    public decimal? Realizado { get; private set; }

    /// <summary>The numerator of the rate, or <c>null</c>.</summary>
    public decimal? Numerador { get; private set; }

    /// <summary>The denominator of the rate, or <c>null</c>.</summary>
    public decimal? Denominador { get; private set; }

    /// <summary>The justificación, or <c>null</c>.</summary>
    public string? Justificacion { get; private set; }

    /// <summary>The evidence, or <c>null</c>.</summary>
    public string? Evidencia { get; private set; }

    /// <summary>The date the avance was reported (column <c>fecha_de_reporte</c>, the provider's date type), or <c>null</c>.</summary>
    public LocalDate? FechaDeReporte { get; private set; }

    /// <summary>The avance this row holds.</summary>
    /// <exception cref="RegistroInvalidoException">The row is not a valid avance (a negative value, a zero denominator, or both or neither of realizado and the variables); the message names the column.</exception>
    public Avance ToAvance() => ToAvance($"actividad {Actividad}, mes {Formato.Mes(Mes)}");

    internal Avance ToAvance(string fila)
    {
        var lector = new Lector(Tablas.Avances, fila);
        return (Realizado, Numerador, Denominador) switch
        {
            ({ } realizado, null, null) => lector.Leer("columna realizado", () => Avance.Create(Actividad, Mes, Formato.Normalizar(realizado), Justificacion, Evidencia, FechaDeReporte)),
            (null, { } numerador, { } denominador) => lector.Leer(
                "columnas numerador y denominador",
                () => Avance.ConVariables(Actividad, Mes, Formato.Normalizar(numerador), Formato.Normalizar(denominador), Justificacion, Evidencia, FechaDeReporte)),
            _ => throw new RegistroInvalidoException(
                $"Registro inválido en {Tablas.Avances} ({fila}): se espera realizado, o bien numerador y denominador, y no ambos."),
        };
    }

    internal static RegistroDeAvance Create(Avance avance, string plan)
    {
        var donde = $"el avance de la actividad {avance.Actividad} en {Formato.Mes(avance.Mes)} de {plan}";
        var registro = new RegistroDeAvance { Actividad = avance.Actividad, Mes = avance.Mes };
        registro.Cambiar(avance, donde);
        return registro;
    }

    /// <summary>Takes the values of <paramref name="avance"/> (same activity and month).</summary>
    internal void Cambiar(Avance avance, string donde)
    {
        var realizado = avance.TieneVariables ? (decimal?)null : Almacenable.Verificar(avance.Realizado, donde, nameof(avance));
        var numerador = Almacenable.Verificar(avance.Numerador, "el numerador de " + donde, nameof(avance));
        var denominador = Almacenable.Verificar(avance.Denominador, "el denominador de " + donde, nameof(avance));
        Realizado = realizado;
        Numerador = numerador;
        Denominador = denominador;
        Justificacion = avance.Justificacion;
        Evidencia = avance.Evidencia;
        FechaDeReporte = avance.FechaDeReporte;
    }

    /// <summary><c>Actividad 1, 2023-03: 10</c>.</summary>
    public override string ToString()
        => $"Actividad {Actividad}, {Formato.Mes(Mes)}: " + (Realizado is { } r ? Formato.Numero(r) : $"{Formato.Numero(Numerador ?? 0m)} de {Formato.Numero(Denominador ?? 0m)}");
}
