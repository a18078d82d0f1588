using System;
using System.Collections.Generic;
using Poa.Domain.Internal;

namespace Poa.Domain;

public sealed partial class Plan
{
    /// <summary>
    /// Builds a <see cref="Plan"/> row by row, as the document reads. Activities added without a number
    /// are numbered 1, 2, 3... in order (up to 9999). Text arguments are parsed with the invariant culture and the
    /// number rule of <see cref="Meta.Parse(string)"/> (a decimal point, never a thousands separator: <c>1,5 Cuentas</c>
    /// is rejected, not read as 15; quantities up to 10^12 with at most 6 decimals); a bad one throws
    /// <see cref="FormatException"/> naming the activity and the value.
    /// </summary>
    /// <example>
    /// <code>
    /// var plan = new Plan.Builder(2023, "Secretaría de Innovación y Gobierno Abierto", "Dirección de Mejora Regulatoria")
    ///     .AgregarActividad(
    ///         "Elaborar el Programa de Mejora Regulatoria",
    ///         eje: "V. Ciudad abierta",
    ///         objetivo: "5.3 Sistema integral de mejora regulatoria",
    ///         programa: "Mejora Regulatoria",
    ///         meta: "1 Programas",
    ///         calendarizacion: Calendarizacion.De(enero: 1),
    ///         mediosDeVerificacion: "Publicación del Programa de Mejora Regulatoria")
    ///     .AgregarFirmante("Lic.", "Dulce Alejandra Guerrero Cavazos", "Directora de Mejora Regulatoria")
    ///     .Build();
    /// </code>
    /// </example>
    public sealed class Builder
    {
        private readonly List<Actividad> actividades = [];
        private readonly List<Firmante> firmantes = [];
        private readonly List<Modificacion> modificaciones = [];
        private NodaTime.YearMonth? cerradoHasta;

        /// <summary>Starts a plan.</summary>
        /// <param name="ejercicio">The fiscal year, e.g. 2023.</param>
        /// <param name="dependencia">The secretaría.</param>
        /// <param name="unidadResponsable">The directorate.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="ejercicio"/> is not a supported year.</exception>
        /// <exception cref="ArgumentNullException">A name is null.</exception>
        /// <exception cref="ArgumentException">A name is blank.</exception>
        public Builder(int ejercicio, string dependencia, string unidadResponsable)
            : this(new EjercicioFiscal(ejercicio), new Dependencia(dependencia), new UnidadResponsable(unidadResponsable))
        {
        }

        /// <summary>Starts a plan.</summary>
        /// <param name="ejercicio">The ejercicio fiscal of the plan.</param>
        /// <param name="dependencia">The secretaría.</param>
        /// <param name="unidadResponsable">The directorate that owns the plan.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public Builder(EjercicioFiscal ejercicio, Dependencia dependencia, UnidadResponsable unidadResponsable)
        {
            Ejercicio = ejercicio;
            Dependencia = Preconditions.CheckNotNull(dependencia, nameof(dependencia));
            UnidadResponsable = Preconditions.CheckNotNull(unidadResponsable, nameof(unidadResponsable));
        }

        /// <summary>The fiscal year of the plan being built.</summary>
        public EjercicioFiscal Ejercicio { get; }

        /// <summary>The secretaría of the plan being built.</summary>
        public Dependencia Dependencia { get; }

        /// <summary>The directorate of the plan being built.</summary>
        public UnidadResponsable UnidadResponsable { get; }

        /// <summary>The number the next activity added without a number gets.</summary>
        public int SiguienteNumero => actividades.Count == 0 ? 1 : actividades[actividades.Count - 1].Numero + 1;

        /// <summary>Adds an activity as it is.</summary>
        /// <param name="actividad">The activity, with its own number.</param>
        /// <returns>This builder, to go on.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="actividad"/> is null.</exception>
        public Builder Agregar(Actividad actividad)
        {
            actividades.Add(Preconditions.CheckNotNull(actividad, nameof(actividad)));
            return this;
        }

        /// <summary>Adds the next activity (numbered <see cref="SiguienteNumero"/>) from typed values.</summary>
        /// <param name="descripcion">What will be done.</param>
        /// <param name="alineacion">The alineación to the Plan Municipal de Desarrollo.</param>
        /// <param name="programa">The programa presupuestario.</param>
        /// <param name="meta">The meta anual.</param>
        /// <param name="calendarizacion">What is programmed each month.</param>
        /// <param name="mediosDeVerificacion">The evidence that proves progress; may be empty.</param>
        /// <param name="semaforizacion">The bands; the seed's when null.</param>
        /// <param name="sentido">The direction of the indicator.</param>
        /// <param name="acumulacion">The tipo de acumulación; the unit's default when null.</param>
        /// <param name="frecuencia">How often it is programmed and reported.</param>
        /// <param name="lineaBase">The optional línea base.</param>
        /// <param name="peso">The weight in a weighted roll-up (above 0).</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException">A required argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><see cref="SiguienteNumero"/> is above 9999.</exception>
        /// <exception cref="ArgumentException"><paramref name="descripcion"/> is blank.</exception>
        public Builder AgregarActividad(
            string descripcion,
            Alineacion alineacion,
            ProgramaPresupuestario programa,
            Meta meta,
            Calendarizacion calendarizacion,
            string? mediosDeVerificacion = null,
            Semaforizacion? semaforizacion = null,
            Sentido sentido = Sentido.Ascendente,
            TipoDeAcumulacion? acumulacion = null,
            Frecuencia frecuencia = Frecuencia.Mensual,
            LineaBase? lineaBase = null,
            decimal peso = 1m)
            => Agregar(new Actividad(SiguienteNumero, descripcion, alineacion, programa, meta, calendarizacion, mediosDeVerificacion, semaforizacion, sentido, acumulacion, frecuencia, lineaBase, peso));

        /// <summary>
        /// Adds the next activity (numbered <see cref="SiguienteNumero"/>) from the texts of a POA row:
        /// <paramref name="eje"/> <c>V. Ciudad abierta</c>, <paramref name="objetivo"/> <c>5.1 Monterrey abierto e inteligente</c>,
        /// <paramref name="meta"/> <c>1500 Cuentas</c> or <c>100% Porcentaje</c>.
        /// </summary>
        /// <param name="descripcion">What will be done.</param>
        /// <param name="eje">The eje rector, numeral and name.</param>
        /// <param name="objetivo">The objetivo estratégico, number and name.</param>
        /// <param name="programa">The programa presupuestario.</param>
        /// <param name="meta">The meta anual with its unit.</param>
        /// <param name="calendarizacion">What is programmed each month.</param>
        /// <param name="mediosDeVerificacion">The evidence that proves progress; may be empty.</param>
        /// <param name="semaforizacion">The bands; the seed's when null.</param>
        /// <param name="sentido">The direction of the indicator.</param>
        /// <param name="acumulacion">The tipo de acumulación; the unit's default when null.</param>
        /// <param name="frecuencia">How often it is programmed and reported.</param>
        /// <param name="lineaBase">The optional línea base.</param>
        /// <param name="peso">The weight in a weighted roll-up (above 0).</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException">A required argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><see cref="SiguienteNumero"/> is above 9999.</exception>
        /// <exception cref="ArgumentException">A text is blank.</exception>
        /// <exception cref="FormatException">A text cannot be parsed, or its quantity is out of bounds; the message names the activity and the value.</exception>
        public Builder AgregarActividad(
            string descripcion,
            string eje,
            string objetivo,
            string programa,
            string meta,
            Calendarizacion calendarizacion,
            string? mediosDeVerificacion = null,
            Semaforizacion? semaforizacion = null,
            Sentido sentido = Sentido.Ascendente,
            TipoDeAcumulacion? acumulacion = null,
            Frecuencia frecuencia = Frecuencia.Mensual,
            LineaBase? lineaBase = null,
            decimal peso = 1m)
        {
            Preconditions.CheckNotNull(eje, nameof(eje));
            Preconditions.CheckNotNull(objetivo, nameof(objetivo));
            Preconditions.CheckNotNull(meta, nameof(meta));
            var numero = SiguienteNumero;
            Alineacion alineacion;
            Meta metaAnual;
            try
            {
                alineacion = Alineacion.Parse(eje, objetivo);
                metaAnual = Meta.Parse(meta, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (FormatException e)
            {
                throw new FormatException($"Actividad {numero}: {e.Message}", e);
            }

            return AgregarActividad(descripcion, alineacion, new ProgramaPresupuestario(programa), metaAnual, calendarizacion, mediosDeVerificacion, semaforizacion, sentido, acumulacion, frecuencia, lineaBase, peso);
        }

        /// <summary>Adds a signatory.</summary>
        /// <param name="titulo">The title before the name, e.g. <c>Lic.</c>; <c>null</c> for none.</param>
        /// <param name="nombre">The full name.</param>
        /// <param name="cargo">The position, e.g. <c>Directora de Mejora Regulatoria</c>.</param>
        /// <returns>This builder, to go on.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="nombre"/> or <paramref name="cargo"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="nombre"/> or <paramref name="cargo"/> is blank.</exception>
        public Builder AgregarFirmante(string? titulo, string nombre, string cargo)
        {
            firmantes.Add(new Firmante(titulo, nombre, cargo));
            return this;
        }

        /// <summary>Adds a signatory.</summary>
        /// <param name="firmante">The signatory, in the order of the document (directors, then the secretary).</param>
        /// <returns>This builder, to go on.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="firmante"/> is null.</exception>
        public Builder AgregarFirmante(Firmante firmante)
        {
            firmantes.Add(Preconditions.CheckNotNull(firmante, nameof(firmante)));
            return this;
        }

        /// <summary>
        /// Adds a modificación de meta as it is (no check: <see cref="Plan.Validar()"/> reports its problems; to add one with the
        /// checks of a new modificación, use <see cref="Plan.Reprogramar"/> on the built plan).
        /// </summary>
        /// <param name="modificacion">The modificación.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="modificacion"/> is null.</exception>
        public Builder AgregarModificacion(Modificacion modificacion)
        {
            modificaciones.Add(Preconditions.CheckNotNull(modificacion, nameof(modificacion)));
            return this;
        }

        /// <summary>Sets the plan's <see cref="Plan.CerradoHasta"/> month (<c>null</c>: none).</summary>
        /// <param name="mes">The last month closed for new modificaciones, or <c>null</c>.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException"><paramref name="mes"/> is not in the ISO calendar.</exception>
        public Builder CerrarHasta(NodaTime.YearMonth? mes)
        {
            Preconditions.CheckArgument(mes is not { } m || m.Calendar == NodaTime.CalendarSystem.Iso, nameof(mes), "El mes cerrado debe estar en el calendario ISO.");
            cerradoHasta = mes;
            return this;
        }

        /// <summary>Creates the plan. The builder can go on being used; later changes do not affect this plan.</summary>
        /// <returns>The plan.</returns>
        public Plan Build() => new(Ejercicio, Dependencia, UnidadResponsable, actividades, firmantes, modificaciones, cerradoHasta);
    }
}
