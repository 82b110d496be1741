using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Poortwachter.Server.Operations;

/// <summary>
/// The service's own metrics and traces (meter and activity source <c>Poortwachter.Server</c>): requests to assess
/// answered and refused, how long an assessment request took, and the lines of batches. Tags carry the endpoint and the
/// status only, never a case's content (AVG).
/// </summary>
internal sealed class ServiceMetrics
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "Poortwachter.Server";

    /// <summary>The traces of the assessment endpoints: one activity per request, tagged with its endpoint and status.</summary>
    public static readonly ActivitySource Traces = new(Name);

    private readonly Counter<long> _assessed;
    private readonly Counter<long> _refused;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _linesAssessed;
    private readonly Counter<long> _linesRefused;

    /// <summary>Creates the instruments on the host's meter factory.</summary>
    /// <param name="meters">The host's meter factory.</param>
    public ServiceMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _assessed = meter.CreateCounter<long>(
            "poortwachter.requests.assessed",
            "{request}",
            "Assessment requests answered with an assessment (200)."
        );
        _refused = meter.CreateCounter<long>(
            "poortwachter.requests.refused",
            "{request}",
            "Assessment requests refused: bad input (400), too large (413), wrong media type (415), too slow (408), busy (503)."
        );
        _duration = meter.CreateHistogram<double>(
            "poortwachter.request.duration",
            "s",
            "How long an assessment request took, body read to answer written."
        );
        _linesAssessed = meter.CreateCounter<long>(
            "poortwachter.batch.lines.assessed",
            "{line}",
            "Result lines of batches that are an assessment, counted as they are sent."
        );
        _linesRefused = meter.CreateCounter<long>(
            "poortwachter.batch.lines.refused",
            "{line}",
            "Result lines of batches that are an error object: a line that could not be assessed, or the line that ended a batch early."
        );
    }

    /// <summary>Records one request to an assessment endpoint.</summary>
    /// <param name="endpoint">The endpoint's name: <c>assess</c> or <c>assessBatch</c>.</param>
    /// <param name="status">The status answered.</param>
    /// <param name="seconds">How long it took.</param>
    public void Request(string endpoint, int status, double seconds)
    {
        var tags = new TagList { { "endpoint", endpoint }, { "http.response.status_code", status } };
        if (status is >= 200 and < 300)
        {
            _assessed.Add(1, tags);
        }
        else
        {
            _refused.Add(1, tags);
        }

        _duration.Record(seconds, tags);
    }

    /// <summary>Records one result line of a batch, as it is sent.</summary>
    /// <param name="refused">Whether the line is an error object rather than an assessment.</param>
    public void BatchLine(bool refused) => (refused ? _linesRefused : _linesAssessed).Add(1);
}
