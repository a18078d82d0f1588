using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Poa.Domain.EntityFrameworkCore.Internos;

namespace Poa.Domain.EntityFrameworkCore;

/// <summary>The entry point of the mapping: <c>modelBuilder.ApplyPoaConfiguration()</c> in <c>OnModelCreating</c>.</summary>
public static class PoaModelBuilderExtensions
{
    /// <summary>
    /// Maps <see cref="RegistroDePlan"/> and what it owns to the tables <c>poa_planes</c>, <c>poa_actividades</c>,
    /// <c>poa_firmantes</c> and <c>poa_avances</c>, with portable column types (documented in <c>docs/persistencia.md</c>).
    /// </summary>
    /// <param name="modelBuilder">The model builder of the app's <c>DbContext</c>.</param>
    /// <param name="opciones">The schema and the collation of the names; <see cref="OpcionesDeMapeo.Predeterminadas"/> when null.</param>
    /// <returns>The same <paramref name="modelBuilder"/>, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    public static ModelBuilder ApplyPoaConfiguration(this ModelBuilder modelBuilder, OpcionesDeMapeo? opciones = null)
    {
        if (modelBuilder is null)
        {
            throw new ArgumentNullException(nameof(modelBuilder));
        }

        opciones ??= OpcionesDeMapeo.Predeterminadas;
        modelBuilder.Entity<RegistroDePlan>(plan => ConfigurarPlan(plan, opciones));
        return modelBuilder;
    }

    private static void ConfigurarPlan(EntityTypeBuilder<RegistroDePlan> plan, OpcionesDeMapeo opciones)
    {
        plan.ToTable(Tablas.Planes, opciones.Esquema);
        plan.HasKey(p => p.Id).HasName("pk_poa_planes");
        plan.Property(p => p.Id).HasColumnName("id").ValueGeneratedOnAdd();
        plan.Property(p => p.Ejercicio).HasColumnName("ejercicio").HasConversion(Convertidores.Ejercicio(Columna(Tablas.Planes, "ejercicio")));
        Nombre(plan.Property(p => p.Dependencia), "dependencia", Convertidores.Dependencia(Columna(Tablas.Planes, "dependencia")), d => d.Nombre, opciones);
        plan.Property(p => p.ClaveDeDependencia).HasColumnName("dependencia_clave").IsRequired();
        Nombre(plan.Property(p => p.UnidadResponsable), "unidad_responsable", Convertidores.UnidadResponsable(Columna(Tablas.Planes, "unidad_responsable")), u => u.Nombre, opciones);
        plan.Property(p => p.ClaveDeUnidadResponsable).HasColumnName("unidad_responsable_clave").IsRequired();
        plan.Property(p => p.Version).HasColumnName("version").IsConcurrencyToken();
        plan.HasIndex(p => new { p.Ejercicio, p.ClaveDeUnidadResponsable }).IsUnique().HasDatabaseName("ux_poa_planes_ejercicio_unidad");

        plan.OwnsMany(p => p.Actividades, ConfigurarActividad);
        plan.Navigation(p => p.Actividades).HasField("actividades").UsePropertyAccessMode(PropertyAccessMode.Field);
        plan.OwnsMany(p => p.Firmantes, ConfigurarFirmante);
        plan.Navigation(p => p.Firmantes).HasField("firmantes").UsePropertyAccessMode(PropertyAccessMode.Field);
        plan.OwnsMany(p => p.Avances, ConfigurarAvance);
        plan.Navigation(p => p.Avances).HasField("avances").UsePropertyAccessMode(PropertyAccessMode.Field);

        void ConfigurarActividad(OwnedNavigationBuilder<RegistroDePlan, RegistroDeActividad> actividad)
        {
            const string tabla = Tablas.Actividades;
            actividad.ToTable(tabla, opciones.Esquema);
            Dueno(actividad, nameof(RegistroDeActividad.Posicion), "pk_poa_actividades");
            actividad.Property(a => a.Posicion).HasColumnName("posicion").ValueGeneratedNever();
            actividad.Property(a => a.Numero).HasColumnName("numero");
            actividad.Property(a => a.Descripcion).HasColumnName("descripcion").IsRequired();
            actividad.Property(a => a.NumeroDeEje).HasColumnName("eje_numero");
            Intercalar(actividad.Property(a => a.NombreDeEje).HasColumnName("eje_nombre").IsRequired(), opciones);
            actividad.Property(a => a.NumeroDeObjetivo).HasColumnName("objetivo_numero").IsRequired();
            Intercalar(actividad.Property(a => a.NombreDeObjetivo).HasColumnName("objetivo_nombre").IsRequired(), opciones);
            Nombre(actividad.Property(a => a.Programa), "programa", Convertidores.Programa(Columna(tabla, "programa")), p => p.Nombre, opciones);
            actividad.Property(a => a.ClaveDePrograma).HasColumnName("programa_clave").IsRequired();
            Decimal(actividad.Property(a => a.CantidadDeMeta), "meta_cantidad");
            Nombre(actividad.Property(a => a.UnidadDeMeta), "meta_unidad", Convertidores.Unidad(Columna(tabla, "meta_unidad")), u => u.Nombre, opciones);
            actividad.Property(a => a.TipoDeMeta).HasColumnName("meta_tipo").HasConversion(Convertidores.Tipo(Columna(tabla, "meta_tipo"))).IsRequired();
            foreach (var mes in Tablas.Meses)
            {
                // The calendarización: property Enero, column enero... (12 nullable columns).
                Decimal(actividad.Property<decimal?>(char.ToUpperInvariant(mes[0]) + mes.Substring(1)), mes);
            }

            actividad.Property(a => a.MediosDeVerificacion).HasColumnName("medios_de_verificacion").IsRequired();
            Banda(actividad.Property(a => a.BandaVerde), "banda_verde", Color.Verde);
            Banda(actividad.Property(a => a.BandaAmarilla), "banda_amarilla", Color.Amarillo);
            Banda(actividad.Property(a => a.BandaRoja), "banda_roja", Color.Rojo);
            actividad.Property(a => a.Sentido).HasColumnName("sentido").HasConversion(Convertidores.Sentido(Columna(tabla, "sentido"))).IsRequired();
        }

        void ConfigurarFirmante(OwnedNavigationBuilder<RegistroDePlan, RegistroDeFirmante> firmante)
        {
            firmante.ToTable(Tablas.Firmantes, opciones.Esquema);
            Dueno(firmante, nameof(RegistroDeFirmante.Posicion), "pk_poa_firmantes");
            firmante.Property(f => f.Posicion).HasColumnName("posicion").ValueGeneratedNever();
            firmante.Property(f => f.Titulo).HasColumnName("titulo");
            firmante.Property(f => f.Nombre).HasColumnName("nombre").IsRequired();
            firmante.Property(f => f.Cargo).HasColumnName("cargo").IsRequired();
        }

        void ConfigurarAvance(OwnedNavigationBuilder<RegistroDePlan, RegistroDeAvance> avance)
        {
            avance.ToTable(Tablas.Avances, opciones.Esquema, t => t.HasCheckConstraint(
                "ck_poa_avances_realizado_o_variables",
                "(realizado IS NOT NULL AND numerador IS NULL AND denominador IS NULL) OR (realizado IS NULL AND numerador IS NOT NULL AND denominador IS NOT NULL)"));
            avance.WithOwner().HasForeignKey("PlanId").HasConstraintName("fk_poa_avances_poa_planes");
            avance.Property<long>("PlanId").HasColumnName("plan_id");
            avance.HasKey("PlanId", nameof(RegistroDeAvance.Actividad), nameof(RegistroDeAvance.Mes)).HasName("pk_poa_avances");
            avance.Property(a => a.Actividad).HasColumnName("actividad").ValueGeneratedNever();
            avance.Property(a => a.Mes).HasColumnName("mes").HasConversion(Convertidores.Mes(Columna(Tablas.Avances, "mes"))).HasMaxLength(7).IsUnicode(false).ValueGeneratedNever();
            Decimal(avance.Property(a => a.Realizado), "realizado");
            Decimal(avance.Property(a => a.Numerador), "numerador");
            Decimal(avance.Property(a => a.Denominador), "denominador");
            avance.Property(a => a.Justificacion).HasColumnName("justificacion");
            avance.Property(a => a.Evidencia).HasColumnName("evidencia");
        }
    }

    private static void Dueno<T>(OwnedNavigationBuilder<RegistroDePlan, T> propio, string posicion, string clave)
        where T : class
    {
        var tabla = propio.OwnedEntityType.GetTableName();
        propio.WithOwner().HasForeignKey("PlanId").HasConstraintName($"fk_{tabla}_poa_planes");
        propio.Property<long>("PlanId").HasColumnName("plan_id");
        propio.HasKey("PlanId", posicion).HasName(clave);
    }

    private static void Nombre<T>(PropertyBuilder<T> propiedad, string columna, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> convertidor, Func<T, string> texto, OpcionesDeMapeo opciones)
        where T : class
    {
        propiedad.HasColumnName(columna).HasConversion(convertidor, Convertidores.ComparadorDeTexto(texto)).IsRequired();
        Intercalar(propiedad, opciones);
    }

    private static void Intercalar(PropertyBuilder propiedad, OpcionesDeMapeo opciones)
    {
        if (opciones.IntercalacionDeNombres is { } intercalacion)
        {
            propiedad.UseCollation(intercalacion);
        }
    }

    private static void Decimal<T>(PropertyBuilder<T> propiedad, string columna)
        => propiedad.HasColumnName(columna).HasPrecision(OpcionesDeMapeo.Precision, OpcionesDeMapeo.Escala);

    private static void Banda(PropertyBuilder<Banda> propiedad, string columna, Color color)
        => propiedad.HasColumnName(columna)
            .HasConversion(Convertidores.Banda(Columna(Tablas.Actividades, columna), color), Convertidores.ComparadorDeTexto<Banda>(b => b.ToString()))
            .IsRequired();

    private static string Columna(string tabla, string columna) => tabla + "." + columna;
}
