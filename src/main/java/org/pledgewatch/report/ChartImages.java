package org.pledgewatch.report;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A {@link ChartFigure} as an SVG (Batik's generator: every string goes through the DOM, so an ally's name is text,
 * never markup) and as a PNG at {@value #PNG_SCALE} times its size, both from the figure's one drawing.
 */
final class ChartImages {

	static final int PNG_SCALE = 2;

	private static final String FONTS = "'Liberation Sans', Arial, Helvetica, sans-serif";

	private ChartImages() {
	}

	static byte[] svg(ChartFigure figure) {
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			document = factory.newDocumentBuilder().getDOMImplementation().createDocument(
					"http://www.w3.org/2000/svg", "svg", null);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
		context.setComment(null);
		context.setEmbeddedFontsOn(false);
		context.setPrecision(2);
		SVGGraphics2D g = new SVGGraphics2D(context, false);
		g.setSVGCanvasSize(new Dimension(figure.width(), figure.height()));
		figure.draw(g);
		Element root = g.getRoot();
		withFallbackFonts(root);
		root.setAttributeNS(null, "viewBox", "0 0 " + figure.width() + " " + figure.height());
		root.setAttributeNS(null, "role", "img");
		Element title = document.createElementNS("http://www.w3.org/2000/svg", "title");
		title.setTextContent(figure.title());
		root.insertBefore(title, root.getFirstChild());
		// Serialised by the JDK's own XML writer, without Batik's DOCTYPE (an external DTD no reader needs); every
		// text node is escaped there.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.transform(new DOMSource(root), new StreamResult(out));
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("Could not write the chart's SVG", ex);
		}
		finally {
			g.dispose();
		}
		return out.toByteArray();
	}

	/** Liberation Sans is metric-compatible with Arial: a reader without it gets Arial or Helvetica, not a serif. */
	private static void withFallbackFonts(Element element) {
		String family = element.getAttribute("font-family");
		if (!family.isEmpty()) {
			element.setAttribute("font-family", FONTS);
		}
		String style = element.getAttribute("style");
		if (style.contains("font-family:")) {
			element.setAttribute("style", style.replaceAll("font-family:[^;]*;", "font-family:" + FONTS + ";"));
		}
		for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				withFallbackFonts(e);
			}
		}
	}

	static byte[] png(ChartFigure figure) {
		BufferedImage image = new BufferedImage(figure.width() * PNG_SCALE, figure.height() * PNG_SCALE,
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.scale(PNG_SCALE, PNG_SCALE);
			figure.draw(g);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
