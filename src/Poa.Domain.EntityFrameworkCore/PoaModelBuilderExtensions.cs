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
    /// <c>poa_firmantes</c>, <c>poa_modificaciones</c> and <c>poa_avances</c>, with portable column types (documented in <c>docs/persistencia.md</c>).
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
        plan.Property(p => p.CerradoHasta).HasColumnName("cerrado_hasta").HasConversion(Convertidores.Mes(Columna(Tablas.Planes, "cerrado_hasta"))).HasMaxLength(7).IsUnicode(false);
        plan.Property(p => p.Version).HasColumnName("version").IsConcurrencyToken();
        plan.HasIndex(p => new { p.Ejercicio, p.ClaveDeUnidadResponsable }).IsUnique().HasDatabaseName("ux_poa_planes_ejercicio_unidad");

        plan.OwnsMany(p => p.Actividades, ConfigurarActividad);
        plan.Navigation(p => p.Actividades).HasField("actividades").UsePropertyAccessMode(PropertyAccessMode.Field);
        plan.OwnsMany(p => p.Firmantes, ConfigurarFirmante);
        plan.Navigation(p => p.Firmantes).HasField("firmantes").UsePropertyAccessMode(PropertyAccessMode.Field);
        plan.OwnsMany(p => p.Modificaciones, ConfigurarModificacion);
        plan.Navigation(p => p.Modificaciones).HasField("modificaciones").UsePropertyAccessMode(PropertyAccessMode.Field);
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
            actividad.Property(a => a.Acumulacion).HasColumnName("acumulacion").HasConversion(Convertidores.Acumulacion(Columna(tabla, "acumulacion"))).IsRequired();
            actividad.Property(a => a.EsAcumulacionExplicita).HasColumnName("acumulacion_explicita");
            actividad.Property(a => a.Frecuencia).HasColumnName("frecuencia").HasConversion(Convertidores.Frecuencia(Columna(tabla, "frecuencia"))).IsRequired();
            Decimal(actividad.Property(a => a.ValorDeLineaBase), "linea_base_valor");
            actividad.Property(a => a.AnioDeLineaBase).HasColumnName("linea_base_anio");
            Decimal(actividad.Property(a => a.Peso), "peso");
            Decimal(actividad.Property(a => a.CantidadDeMetaVigente), "meta_cantidad_vigente");
            foreach (var mes in Tablas.Meses)
            {
                // The vigente calendarización: property EneroVigente, column enero_vigente...
                Decimal(actividad.Property<decimal?>(char.ToUpperInvariant(mes[0]) + mes.Substring(1) + "Vigente"), mes + "_vigente");
            }
        }

        void ConfigurarModificacion(OwnedNavigationBuilder<RegistroDePlan, RegistroDeModificacion> modificacion)
        {
            const string tabla = Tablas.Modificaciones;
            modificacion.ToTable(tabla, opciones.Esquema, t => t.HasCheckConstraint(
                "ck_poa_modificaciones_meta",
                "(meta_cantidad IS NULL AND meta_unidad IS NULL) OR (meta_cantidad IS NOT NULL AND meta_unidad IS NOT NULL)"));
            // A key of its own, not (plan, posición): two writers that reprogram the same plan add the same posición, and the
            // plan's version must be what refuses the second one (DbUpdateConcurrencyException), not a duplicate key.
            modificacion.WithOwner().HasForeignKey("PlanId").HasConstraintName("fk_poa_modificaciones_poa_planes");
            modificacion.Property<long>("PlanId").HasColumnName("plan_id");
            modificacion.Property<long>("Id").HasColumnName("id").ValueGeneratedOnAdd();
            modificacion.HasKey("Id").HasName("pk_poa_modificaciones");
            modificacion.HasIndex("PlanId", nameof(RegistroDeModificacion.Posicion)).HasDatabaseName("ix_poa_modificaciones_plan_posicion");
            modificacion.Property(m => m.Posicion).HasColumnName("posicion").ValueGeneratedNever();
            modificacion.Property(m => m.Folio).HasColumnName("folio");
            modificacion.Property(m => m.Actividad).HasColumnName("actividad");
            modificacion.Property(m => m.AplicaDesde).HasColumnName("aplica_desde").HasConversion(Convertidores.Mes(Columna(tabla, "aplica_desde"))).HasMaxLength(7).IsUnicode(false);
            Decimal(modificacion.Property(m => m.CantidadDeMeta), "meta_cantidad");
            modificacion.Property(m => m.UnidadDeMeta).HasColumnName("meta_unidad")
                .HasConversion(Convertidores.Unidad(Columna(tabla, "meta_unidad"))!, Convertidores.ComparadorDeTexto<UnidadDeMedida>(u => u.Nombre));
            Intercalar(modificacion.Property(m => m.UnidadDeMeta), opciones);
            modificacion.Property(m => m.CambiaCalendarizacion).HasColumnName("cambia_calendarizacion");
            foreach (var mes in Tablas.Meses)
            {
                Decimal(modificacion.Property<decimal?>(char.ToUpperInvariant(mes[0]) + mes.Substring(1)), mes);
            }

            modificacion.Property(m => m.Justificacion).HasColumnName("justificacion").IsRequired();
            modificacion.Property(m => m.AutorizadaEl).HasColumnName("autorizada_el").HasConversion(Convertidores.Fecha());
            modificacion.Property(m => m.AutorizadaPor).HasColumnName("autorizada_por");
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
            avance.Property(a => a.FechaDeReporte).HasColumnName("fecha_de_reporte").HasConversion(Convertidores.Fecha());
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
