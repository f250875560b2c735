namespace PolicyGen.Cli.Commands;

/// <summary>
/// A write-only stream that keeps what is written to it as one array. A writer that hands over its whole content
/// in one call (the PDF writer does) costs one copy, where a memory stream would grow by doubling and copy again at
/// the end: tens of megabytes less garbage for a large volume.
/// </summary>
public sealed class CaptureStream : Stream
{
    private byte[] _bytes = [];
    private int _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>The bytes written, exactly.</summary>
    public byte[] ToArray() => _bytes.Length == _length ? _bytes : _bytes[.._length];

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_length == 0 && _bytes.Length == 0)
        {
            _bytes = buffer.ToArray();
            _length = _bytes.Length;
            return;
        }

        if (_length + buffer.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_length + buffer.Length, _bytes.Length * 2));
        }

        buffer.CopyTo(_bytes.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
