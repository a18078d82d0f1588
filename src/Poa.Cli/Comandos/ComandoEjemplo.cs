using System.CommandLine;
using System.Linq;
using Poa.Cli.Entrada;
using Poa.Cli.Salida;
using Poa.Domain;
using Poa.Domain.Importacion;

namespace Poa.Cli.Comandos;

/// <summary><c>poa ejemplo</c>: <c>evaluar</c> on the sample data embedded in the tool.</summary>
internal sealed class ComandoEjemplo : Comando
{
    /// <summary>The corte when none is given: June 2023.</summary>
    internal const string CorteDeEjemplo = "2023-06";

    private readonly Option<Corte?> corte = Opciones.Corte($"El mes de corte, en 2023. Predeterminado: {CorteDeEjemplo}.", requerida: false);

    private readonly OpcionDeValores<IEscritorDeEvaluacion> formato = Escritores.Opcion();

    private readonly ArchivoDeSalida archivoDeSalida = new();

    internal override string Nombre => "ejemplo";

    internal override string Descripcion => "Evalúa los seis POA 2023 de ejemplo (la copia curada del seed) con avances de 2023 INVENTADOS que muestran todos los colores.";

    internal override int Orden => 4;

    internal override string Notas => """
        Los mismos datos están en el repositorio para probar «poa evaluar»:
          poa evaluar src/Poa.Cli/Datos/planes-2023/ --avances src/Poa.Cli/Datos/avances-2023.csv --corte 2023-06
        """;

    protected override void Declarar(Command comando)
    {
        comando.Options.Add(corte);
        comando.Options.Add(formato.Opcion);
        archivoDeSalida.Declarar(comando);
    }

    protected override int Ejecutar(ParseResult resultado, Contexto contexto)
    {
        var escritor = formato.Leer(resultado);
        archivoDeSalida.Verificar(escritor, resultado, contexto);
        var alCorte = resultado.GetValue(corte) ?? Corte.De(Opciones.LeerMes(CorteDeEjemplo)!.Value);
        var planes = DatosDeEjemplo.Planes();
        ComandoEvaluar.VerificarCorte(planes.Select(p => new PlanLeido(p, "ejemplo")), alCorte);
        var avances = ImportadorDeAvances.Importar(DatosDeEjemplo.Avances(), planes, new OpcionesDeImportacionDeAvances { Archivo = DatosDeEjemplo.NombreDeAvances });
        if (avances.TieneErrores)
        {
            throw new System.InvalidOperationException("Los avances de ejemplo incluidos en la herramienta no se leen: " + avances.Diagnosticos[0]);
        }

        var evaluacion = new Evaluacion(EvaluadorDeSemaforo.Predeterminado, avances.Avances, alCorte);
        archivoDeSalida.Escribir(escritor, evaluacion, resultado, contexto);
        return Aplicacion.Exito;
    }
}
