// Compares two PNG screenshots pixel by pixel, decoding them in the browser
// (no image library needed).
export async function diffPixels(page, a, b) {
  return page.evaluate(
    async (a, b) => {
      const decode = async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const g = canvas.getContext('2d');
        g.drawImage(img, 0, 0);
        return { w: img.width, h: img.height, data: g.getImageData(0, 0, img.width, img.height).data };
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      if (x.w !== y.w || x.h !== y.h) return { sameSize: false, a: [x.w, x.h], b: [y.w, y.h] };
      let different = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) different++;
      }
      return { sameSize: true, size: [x.w, x.h], differentPixels: different, totalPixels: x.w * x.h };
    },
    a.toString('base64'),
    b.toString('base64'),
  );
}
