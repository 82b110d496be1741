using System;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Poortwachter.Cli.Input;

/// <summary>
/// A read-only stream over a pipe, a FIFO or a terminal whose pending read gives way to a stop (SIGINT, SIGTERM):
/// the read happens on a reader thread of its own and the caller waits for it or for the stop, whichever comes first.
/// A blocking <c>read</c> on a quiet pipe cannot be cancelled in .NET; this lets the command stop without it. Once
/// stopped, the read that was pending is left to the thread (the process is about to end) and the stream reads no more.
/// </summary>
internal sealed class StoppableStream : Stream
{
    private readonly Stream _inner;
    private readonly CancellationToken _stop;
    private readonly SemaphoreSlim _requested = new(0, 1);
    private readonly SemaphoreSlim _done = new(0, 1);
    private Thread? _reader;
    private byte[] _buffer = [];
    private int _count;
    private int _result;
    private Exception? _error;
    private bool _abandoned;
    private bool _closing;

    public StoppableStream(Stream inner, CancellationToken stop)
    {
        _inner = inner;
        _stop = stop;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_abandoned)
        {
            throw new OperationCanceledException(_stop);
        }

        _stop.ThrowIfCancellationRequested();
        if (count == 0)
        {
            return 0;
        }

        if (_buffer.Length < count)
        {
            // Only grown between reads: the reader thread is then waiting for a request.
            _buffer = new byte[count];
        }

        if (_reader is null)
        {
            _reader = new Thread(ReadLoop) { IsBackground = true, Name = "poortwachter input" };
            _reader.Start();
        }

        _count = count;
        _requested.Release();
        try
        {
            _done.Wait(_stop);
        }
        catch (OperationCanceledException)
        {
            _abandoned = true;
            throw;
        }

        if (_error is { } error)
        {
            _error = null;
            ExceptionDispatchInfo.Capture(error).Throw();
        }

        Array.Copy(_buffer, 0, buffer, offset, _result);
        return _result;
    }

    private void ReadLoop()
    {
        while (true)
        {
            _requested.Wait();
            if (_closing)
            {
                return;
            }

            try
            {
                _result = _inner.Read(_buffer, 0, _count);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Handed to the caller on its own thread.
                _error = ex;
                _result = 0;
            }

            _done.Release();
        }
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closing)
        {
            _closing = true;
            if (!_abandoned)
            {
                // No read is pending: the reader thread waits for a request, and this one tells it to end.
                if (_reader is not null)
                {
                    _requested.Release();
                }

                // The semaphores are not disposed: the reader thread may still be waking from its last wait.
                _inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
